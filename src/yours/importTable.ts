/**
 * From a read table and its mapping to the reader's data: every row kept,
 * each site located (src/yours/locate/site.ts), each city figure read. Runs in
 * the worker (src/yours/worker.ts), in slices so progress can be told.
 */
import type { CityFigure, FigureProblem, Site } from '../domain/sites';
import type { Join } from './locate/join';
import { locateByName, type PlaceIndex } from './locate/places';
import { parseDatum } from './locate/coordinates';
import { locateSite } from './locate/site';
import { numberOf, type Mapping } from './read/columns';

export interface Locator {
  names: PlaceIndex;
  join: Join;
}

const cell = (row: readonly string[], i: number) => (i >= 0 ? (row[i] ?? '').trim() : '');

/** One data row's site; `index` is the row's index in the sheet. */
export function siteOfRow(row: readonly string[], index: number, mapping: Mapping, locator: Locator): Site {
  const c = mapping.columns;
  const datum = (c.datum >= 0 && parseDatum(cell(row, c.datum))) || mapping.datum;
  const result = locateSite({ city: cell(row, c.city), address: cell(row, c.address), lon: cell(row, c.lon), lat: cell(row, c.lat), pair: cell(row, c.pair), datum }, locator.names, locator.join);
  const name = cell(row, c.name) || cell(row, c.address) || cell(row, c.city);
  const base = { row: index + 1, name };
  switch (result.status) {
    case 'located':
      return defined({ ...base, city: result.city, by: result.by, place: result.place, lon: result.lon, lat: result.lat, swapped: result.swapped || undefined, nearBorder: result.nearBorder, candidates: [] });
    case 'outside':
      return defined({ ...base, city: null, by: null, lon: result.lon, lat: result.lat, swapped: result.swapped || undefined, unlocated: 'outside', outsideIn: result.area, candidates: result.candidates });
    case 'ambiguous':
      return { ...base, city: null, by: null, unlocated: 'ambiguous', candidates: result.candidates };
    case 'none':
      return { ...base, city: null, by: null, unlocated: result.reason, candidates: result.candidates };
  }
}

/** The site without its empty fields: 100,000 of them cross to the page, where every field is copied. */
function defined(site: Site): Site {
  for (const key of Object.keys(site) as (keyof Site)[]) if (site[key] === undefined) delete site[key];
  return site;
}

/** Rows that hold nothing at all are not sites (a spreadsheet's blank lines). */
export const dataRows = (rows: readonly string[][], mapping: Mapping): number[] =>
  rows.map((_, i) => i).filter((i) => i > mapping.header && rows[i]!.some((c) => c.trim() !== ''));

export function figuresOf(rows: readonly string[][], mapping: Mapping, names: PlaceIndex): { figures: CityFigure[]; problems: FigureProblem[] } {
  const heads = rows[mapping.header] ?? [];
  const figures: CityFigure[] = mapping.figures.map((i) => ({ name: (heads[i] ?? '').trim() || `#${i + 1}`, values: {} }));
  const problems: FigureProblem[] = [];
  const seen = new Set<string>();
  for (const i of dataRows(rows, mapping)) {
    const row = rows[i]!;
    const found = locateByName(names, [cell(row, mapping.columns.city)]);
    if (found.status !== 'located') {
      problems.push({ row: i + 1, problem: found.status === 'ambiguous' ? 'ambiguous' : 'no-city' });
      continue;
    }
    if (seen.has(found.city)) {
      problems.push({ row: i + 1, problem: 'repeated-city' });
      continue;
    }
    seen.add(found.city);
    mapping.figures.forEach((col, k) => {
      const text = cell(row, col);
      const value = numberOf(text);
      if (value === null) {
        if (text !== '') problems.push({ row: i + 1, problem: 'not-a-number', column: figures[k]!.name });
      } else figures[k]!.values[found.city] = value;
    });
  }
  return { figures, problems };
}
