import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { exportGeoSchema } from '../data/schema';
import { readJson, loadRepoDataset } from '../test/files';
import { deriveView } from '../store/derived';
import { DEFAULT_VIEW, type View } from '../store/url';
import { exportFileName, exportSummary } from './summary';
import { wrap } from './layout';
import { buildSvg } from './svg';
import { citiesCsv, citiesGeoJson, clustersCsv, csvCell, designationsCsv } from './table';
import { citiesGeoSchema, contextGeoSchema } from '../data/schema';

const dataset = loadRepoDataset();
const geo = citiesGeoSchema.parse(readJson('data/guangdong.geojson'));
const date = new Date(2026, 10, 28);
const view = (patch: Partial<View> = {}): View => ({ ...DEFAULT_VIEW, ...patch });

describe('exportFileName', () => {
  it('says the view and the date', () => {
    expect(exportFileName(view({ tier: 'emerging', count: 'named' }), 'png', date)).toBe('guangdong-clusters_emerging_named_2026-11-28.png');
    expect(exportFileName(view({ industries: ['new-energy'], lang: 'en' }), 'csv', date, 'designations')).toBe(
      'guangdong-clusters_all_new-energy_all_designations_en_2026-11-28.csv',
    );
    expect(exportFileName(view({ industries: ['a', 'b', 'c'] }), 'svg', date)).toBe('guangdong-clusters_all_3-industries_all_2026-11-28.svg');
    expect(exportFileName(view({ industries: [] }), 'svg', date)).toBe('guangdong-clusters_all_no-industries_all_2026-11-28.svg');
  });
});

describe('CSV', () => {
  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(12)).toBe('12');
  });

  it('has a BOM and one row per city with the view counts', () => {
    const v = view({ tier: 'pillar', count: 'named' });
    const derived = deriveView(dataset, v);
    const csv = citiesCsv(dataset, derived, 'ja');
    expect(csv.startsWith('\uFEFFadcode,name_ja,name_zh,name_en,region,count_all,count_named,cluster_ids,cluster_names\r\n')).toBe(true);
    const rows = csv.trim().split('\r\n').slice(1).map((r) => r.split(','));
    expect(rows).toHaveLength(21);
    for (const r of rows) {
      const n = derived.counts.get(r[0]!)!;
      expect([Number(r[5]), Number(r[6])]).toEqual([n.all, n.named]);
    }
    expect(rows.find((r) => r[0] === '440100')![1]).toBe('広州');
  });

  it('lists every designation of the view in the long table, with its quote', () => {
    const derived = deriveView(dataset, view({ industries: ['new-energy'] }));
    const lines = designationsCsv(dataset, derived, 'en').trim().split('\r\n');
    const newEnergy = dataset.clusters.find((c) => c.id === 'new-energy')!;
    expect(lines).toHaveLength(1 + newEnergy.targets.length);
    expect(lines.some((l) => l.startsWith('441700,Yangjiang,new-energy,New energy,emerging,hub,named,,陽江市の洋上発電基地'))).toBe(true);
    expect(lines[0]!.endsWith(',focus')).toBe(true);
    expect(lines[1]).toContain(csvCell(newEnergy.focus.en!));
  });

  /** A minimal RFC 4180 reader: enough to check what a spreadsheet would see. */
  function parseCsv(text: string): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (c === '"') quoted = false;
        else cell += c;
      } else if (c === '"') quoted = true;
      else if (c === ',') {
        row.push(cell);
        cell = '';
      } else if (c === '\r' && text[i + 1] === '\n') {
        row.push(cell);
        rows.push(row);
        row = [];
        cell = '';
        i++;
      } else cell += c;
    }
    return rows;
  }

  it('has one row per cluster of the view with names, focus and target areas in every language, and the source', () => {
    const csv = clustersCsv(dataset.clusters, dataset.source);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(header).toEqual([
      'id', 'tier', 'name_ja', 'name_zh', 'name_en', 'focus_ja', 'focus_en', 'focus_zh', 'areas_ja', 'areas_en', 'areas_zh',
      'cities_all', 'cities_named', 'source',
    ]);
    expect(rows).toHaveLength(20);
    rows.forEach((r, i) => {
      const c = dataset.clusters[i]!;
      const cell = (k: string) => r[header!.indexOf(k)];
      expect(cell('id')).toBe(c.id);
      expect(cell('focus_zh')).toBe(c.focus.zh ?? '');
      expect(cell('areas_en')).toBe(c.areas.en);
      expect(cell('source')).toContain('粤府函〔2020〕82号');
    });
    const safety = rows.find((r) => r[0] === 'safety-emergency-environmental')!;
    expect(safety[5]).toBe('');
    expect(rows.find((r) => r[0] === 'new-energy')![header!.indexOf('cities_named')]).toBe('7');
  });
});

describe('GeoJSON', () => {
  it("validates with the project's export schema and carries the view's counts", () => {
    const derived = deriveView(dataset, view({ tier: 'emerging' }));
    const fc = exportGeoSchema.parse(JSON.parse(citiesGeoJson(dataset, derived, geo, 'en')));
    const gz = fc.features.find((f) => f.properties.adcode === '440100')!;
    expect(gz.properties.count_all).toBe(derived.counts.get('440100')!.all);
    expect(gz.properties.clusters).toHaveLength(derived.counts.get('440100')!.all);
    const newEnergy = gz.properties.clusters.find((c) => c.id === 'new-energy')!;
    expect(newEnergy).toMatchObject({ name: 'New energy', roles: ['production'], basis: 'named' });
    expect(newEnergy.focus).toBe(dataset.clusters.find((c) => c.id === 'new-energy')!.focus.en);
  });
});

describe('SVG', () => {
  it('is well-formed XML with 21 city paths, the title and the legend', () => {
    const v = view({ lang: 'en', tier: 'emerging' });
    const derived = deriveView(dataset, v);
    const svg = buildSvg({ geo, context: null, derived, lang: 'en', summary: exportSummary(v, derived, date, '/?a=1&b=<2>') });
    const errors: string[] = [];
    const doc = new DOMParser({ onError: (level, msg) => void (level !== 'warning' && errors.push(msg)) }).parseFromString(svg, 'image/svg+xml');
    expect(errors).toEqual([]);
    expect(doc.getElementsByTagName('svg')[0]!.getAttribute('viewBox')).toBe('0 0 1200 900');
    const paths = Array.from(doc.getElementsByTagName('path')).filter((p) => p.getAttribute('data-adcode'));
    expect(paths).toHaveLength(21);
    expect(paths.every((p) => /^M[\d.,LZMl-]+/.test(p.getAttribute('d')!))).toBe(true);
    expect(doc.getElementById('title')!.textContent).toBe('Guangdong Strategic Cluster Map');
    expect(doc.getElementById('subtitle')!.textContent).toBe('Emerging · all clusters · All designations');
    expect(svg).not.toContain('<image');
  });

  it('fills each city with its class colour', () => {
    const derived = deriveView(dataset, view());
    const svg = buildSvg({ geo, context: null, derived, lang: 'ja', summary: exportSummary(view(), derived, date, 'x') });
    const gz = svg.match(/<path d="[^"]+" fill="([^"]+)"[^>]*data-adcode="440100"/)!;
    expect(gz[1]).toBe(derived.classes.at(-1)!.color);
  });

  it('carries the focus areas of the one industry shown, in the language of the page', () => {
    const v = view({ lang: 'zh', industries: ['new-energy'] });
    const derived = deriveView(dataset, v);
    const svg = buildSvg({ geo, context: null, derived, lang: 'zh', summary: exportSummary(v, derived, date, 'x') });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const focus = doc.getElementById('focus')!.textContent!.replace(/\s+/g, '');
    expect(focus).toContain(dataset.clusters.find((c) => c.id === 'new-energy')!.focus.zh!.replace(/\s+/g, ''));
    expect(focus).toContain('非政策原文');
    expect(exportSummary(view(), deriveView(dataset, view()), date, 'x').focus).toBeNull();
  });

  it.each(['ja', 'en', 'zh'] as const)('names Hong Kong and Macau in %s (placed around the city labels)', (lang) => {
    const context = contextGeoSchema.parse(readJson('data/context.geojson'));
    const v = view({ lang });
    const derived = deriveView(dataset, v);
    const svg = buildSvg({ geo, context, derived, lang, summary: exportSummary(v, derived, date, 'x') });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const labels = Array.from(doc.getElementById('context-labels')!.getElementsByTagName('text'));
    const named = (id: string) => labels.find((t) => t.getAttribute('data-id') === id)?.textContent;
    const sar = context.features.filter((f) => f.properties.kind === 'sar');
    for (const f of sar) expect(named(f.properties.id), f.properties.name_en).toBe(f.properties[`name_${lang}`]);
  });

  it('wraps long text into lines of bounded length', () => {
    expect(wrap('一二三四五六七八九十', 4)).toEqual(['一二三四', '五六七八', '九十']);
    expect(wrap('alpha beta gamma', 11)).toEqual(['alpha beta', 'gamma']);
  });
});

describe("the reader's sites on the exported page", () => {
  it('are drawn over the map as the screen map draws them, a named shape per single site', async () => {
    const { exportPage } = await import('./page');
    const { pageSvg } = await import('./svg');
    const derived = deriveView(dataset, view());
    const summary = exportSummary(view(), derived, date, 'https://example.org/');
    const sites = [
      { lon: 113.27, lat: 23.13, kind: 'point' as const, city: '440100', name: '<b>本社</b>', count: 1 },
      { lon: 113.2701, lat: 23.1301, kind: 'point' as const, city: '440100', name: 'b', count: 1 },
      { lon: 110.36, lat: 21.27, kind: 'point' as const, city: '440800', name: 'Zhanjiang site', count: 1 },
      { lon: 113.12, lat: 23.02, kind: 'city' as const, city: '440600', count: 4 },
    ];
    const page = exportPage({ geo, context: null, derived, lang: 'en', summary, sites });
    const group = page.items.find((i) => i.kind === 'group' && i.id === 'sites');
    expect(group).toBeDefined();
    const svg = pageSvg(page);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const g = [...Array.from(doc.getElementsByTagName('g'))].find((e) => e.getAttribute('id') === 'sites')!;
    const paths = Array.from(g.getElementsByTagName('path'));
    // Two sites a few metres apart are one group of 2; the Zhanjiang site alone, named; Foshan's ring of 4.
    expect(paths.map((p) => p.getAttribute('data-sites')).sort()).toEqual(['1', '2', '4']);
    expect(Array.from(g.getElementsByTagName('title')).map((t) => t.textContent)).toEqual(['Zhanjiang site']);
    expect(svg).not.toContain('<b>本社</b>');
    expect(exportPage({ geo, context: null, derived, lang: 'en', summary }).items.some((i) => i.kind === 'group' && i.id === 'sites')).toBe(false);
  });
});
