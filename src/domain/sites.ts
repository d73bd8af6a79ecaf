/**
 * The reader's own data, once read and located (src/yours/): sites, each with
 * its city and how it was found, and city figures. Pure types and the rules
 * every view of them shares.
 */
import type { Adcode } from './types';

export type LocatedBy = 'coordinates' | 'district' | 'town' | 'city' | 'hand';

/** Why a site has no city: names matched two cities; coordinates outside Guangdong; nothing found; coordinates unreadable; nothing given. */
type Unlocated = 'ambiguous' | 'outside' | 'no-place' | 'bad-coordinates' | 'empty';

export interface SiteCandidate {
  city: Adcode;
  place?: string | undefined;
  km?: number | undefined;
}

export interface Site {
  /** The row's number in the file (1 = its first line or row), as a spreadsheet shows it. */
  row: number;
  name: string;
  /** The city: found, or picked by hand; null when neither. */
  city: Adcode | null;
  by: LocatedBy | null;
  /** The district, town or zone whose name located it. */
  place?: string | undefined;
  /** WGS-84, where the row gave coordinates. */
  lon?: number | undefined;
  lat?: number | undefined;
  swapped?: boolean | undefined;
  /** Another city within the boundaries' error of the point. */
  nearBorder?: Adcode | undefined;
  /** Why it has no city of its own finding (kept after a pick by hand). */
  unlocated?: Unlocated | undefined;
  /** Hong Kong (810000) or Macau (820000), for a point outside Guangdong in one of them. */
  outsideIn?: string | null | undefined;
  candidates: SiteCandidate[];
}

export interface CityFigure {
  /** The column's header, as read. */
  name: string;
  /** Each city's value; a city the file has no number for is absent. */
  values: Partial<Record<Adcode, number>>;
}

/** A row of a figures file the reader should know about. */
export interface FigureProblem {
  row: number;
  problem: 'no-city' | 'ambiguous' | 'repeated-city' | 'not-a-number';
  column?: string | undefined;
}

export interface YourData {
  /** The file's name (or "pasted cells"), for the reader; never sent anywhere. */
  source: string;
  kind: 'sites' | 'figures';
  /** The header and every row as read, for the export (a row's cells by column). */
  header: string[];
  rows: string[][];
  sites: Site[];
  figures: CityFigure[];
  figureProblems: FigureProblem[];
}
