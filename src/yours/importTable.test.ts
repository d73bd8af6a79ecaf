import { readFileSync } from 'node:fs';
import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import boundaries from '../../data/locator/boundaries.json';
import gazetteer from '../../data/locator/gazetteer.json';
import { dataRows, figuresOf, siteOfRow } from './importTable';
import { parseBoundaries, parseGazetteer } from './locate/data';
import { buildJoin } from './locate/join';
import { buildPlaceIndex, locateByName } from './locate/places';
import { guessMapping } from './read/columns';
import { readPasted, readTable } from './read/table';

const names = buildPlaceIndex(parseGazetteer(gazetteer));
const locator = { names, join: buildJoin(parseBoundaries(boundaries)) };
const isCity = (cell: string) => {
  const r = locateByName(names, [cell]);
  return r.status === 'located' && r.by === 'city';
};

describe('a workbook of sites, end to end', async () => {
  const book = await readTable(new Uint8Array(readFileSync('e2e/fixtures/yours/sites.xlsx')));
  const rows = book.sheets[book.sheet]!.rows;
  const mapping = guessMapping(rows, isCity);
  const sites = dataRows(rows, mapping).map((i) => siteOfRow(rows[i]!, i, mapping, locator));

  it('maps the columns from the Japanese headers', () => {
    expect(mapping).toMatchObject({ kind: 'sites', header: 2, columns: { name: 0, address: 1, city: 2, lat: 3, lon: 4, datum: 5 } });
  });

  it('locates every site, or says why not, with its row number', () => {
    expect(sites.map((s) => [s.row, s.name, s.city, s.by ?? s.unlocated])).toEqual([
      [4, '本社工場', '440600', 'town'],
      [5, '長安工場', '441900', 'town'],
      [6, '恵州サプライヤー', '441300', 'city'],
      [7, '候補地（百度）', '440100', 'coordinates'],
      [8, '<img src=x onerror=alert(1)>', '440300', 'district'],
      [9, '=HYPERLINK("http://example.com","click")', '440100', 'city'],
      [10, '香港事務所', null, 'outside'],
      [11, '不明', null, 'no-place'],
    ]);
    expect(sites[6]).toMatchObject({ outsideIn: '810000' });
    // The Baidu point is kept in WGS-84: converted back it is the row's BD-09 point, about 1.3 km from it.
    const back = gcoord.transform([sites[3]!.lon!, sites[3]!.lat!], gcoord.WGS84, gcoord.BD09);
    expect(back[0]).toBeCloseTo(113.2796, 5);
    expect(back[1]).toBeCloseTo(23.1354, 5);
    const km = Math.hypot((113.2796 - sites[3]!.lon!) * Math.cos(0.404), 23.1354 - sites[3]!.lat!) * 111.2;
    expect(km).toBeGreaterThan(0.8);
    expect(km).toBeLessThan(1.6);
  });
});

describe('city figures', () => {
  it('reads each numeric column, and lists the rows it could not use', () => {
    const table = readPasted('都市\tGDP\t人口\n広州\t28,839\t1882.7\nShenzhen\t32388\t1766\n恵州\tn/a\t606.6\nどこか\t1\t2\n広州市\t1\t1\n');
    const rows = table.sheets[0]!.rows;
    const mapping = { ...guessMapping(rows, isCity), kind: 'figures' as const, figures: [1, 2] };
    const { figures, problems } = figuresOf(rows, mapping, names);
    expect(figures).toEqual([
      { name: 'GDP', values: { '440100': 28839, '440300': 32388 } },
      { name: '人口', values: { '440100': 1882.7, '440300': 1766, '441300': 606.6 } },
    ]);
    expect(problems).toEqual([
      { row: 4, problem: 'not-a-number', column: 'GDP' },
      { row: 5, problem: 'no-city' },
      { row: 6, problem: 'repeated-city' },
    ]);
  });
});
