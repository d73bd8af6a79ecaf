/**
 * What a table's columns hold, guessed from their headers (in ja/zh/en) and
 * their cells, and what kind of table it is: *sites* (a row per place) or
 * *city figures* (a row per city, numeric columns). The guess is shown and
 * the reader can change every part of it (src/panels/yours/Mapping.tsx).
 */
import type { Datum } from '../locate/coordinates';
import { parseCoordinate, parseDatum } from '../locate/coordinates';

export type Role = 'name' | 'city' | 'address' | 'lon' | 'lat' | 'pair' | 'datum';
export const ROLES: readonly Role[] = ['name', 'city', 'address', 'lon', 'lat', 'pair', 'datum'];
type Kind = 'sites' | 'figures';

export interface Mapping {
  kind: Kind;
  /** The header's row index in the sheet; data follows it. */
  header: number;
  /** Column index for each role, or -1. */
  columns: Record<Role, number>;
  /** For a file without a datum column: the datum of all its coordinates. */
  datum: Datum;
  /** City figures: the numeric columns. */
  figures: number[];
}

const HEADER_WORDS: Record<Role, RegExp> = {
  name: /^(name|site|site name|facility|plant|factory|company|supplier|office|名称|名前|拠点|拠点名|工場|工場名|会社|会社名|企業|企業名|事業所|施設|名稱|公司|企业|企業名稱|工厂|厂名|site_name|company name)$/u,
  city: /^(city|cities|prefecture|city name|都市|都市名|市|市名|城市|所在市|地级市|所在城市|地級市|city_zh|city_ja|city_en)$/u,
  address: /^(address|addr|street address|location|住所|所在地|地址|地點|地点|位置|詳細住所|详细地址|所在地址)$/u,
  lon: /^(lon|lng|long|longitude|x|経度|经度|經度|東経|东经)$/u,
  lat: /^(lat|latitude|y|緯度|纬度|北緯|北纬)$/u,
  pair: /^(coordinates|coordinate|coords|latlng|latlon|lat\/lng|lat,lng|座標|坐标|坐標|経緯度|经纬度|經緯度|緯度経度)$/u,
  datum: /^(datum|crs|srs|coordinate system|座標系|坐标系|坐標系|測地系|测地系)$/u,
};

const foldHeader = (cell: string) => cell.normalize('NFKC').toLowerCase().trim().replace(/[_\s]+/g, ' ').replace(/[（(].*[)）]$/u, '').trim();

const isNumber = (cell: string) => /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?%?$/.test(cell.normalize('NFKC').trim());
export const numberOf = (cell: string): number | null => (isNumber(cell) ? Number(cell.normalize('NFKC').trim().replace(/[,%]/g, '')) : null);

/** The header row: the first of the first rows with two or more cells, none of them a number, over rows as wide. */
export function findHeader(rows: readonly string[][]): number {
  const width = (r: readonly string[]) => r.filter((c) => c.trim() !== '').length;
  const limit = Math.min(rows.length, 30);
  const widest = Math.max(...rows.slice(0, 200).map(width));
  for (let i = 0; i < limit; i++) {
    const row = rows[i]!;
    const w = width(row);
    if (w >= 2 && w >= Math.ceil(widest * 0.6) && !row.some((c) => c.trim() !== '' && isNumber(c))) return i;
  }
  return Math.max(0, rows.findIndex((r) => width(r) >= 2));
}

/** Guesses the kind and the columns. `isCity` says whether a cell names one of the 21 cities. */
export function guessMapping(rows: readonly string[][], isCity: (cell: string) => boolean): Mapping {
  const header = findHeader(rows);
  const heads = (rows[header] ?? []).map(foldHeader);
  const body = rows.slice(header + 1, header + 1 + 500);
  const width = Math.max(heads.length, ...body.map((r) => r.length));
  const columns = Object.fromEntries(ROLES.map((r) => [r, -1])) as Record<Role, number>;
  const taken = new Set<number>();
  for (const role of ROLES) {
    const i = heads.findIndex((h, i) => !taken.has(i) && HEADER_WORDS[role].test(h));
    if (i >= 0) {
      columns[role] = i;
      taken.add(i);
    }
  }
  const cells = (i: number) => body.map((r) => r[i] ?? '').filter((c) => c.trim() !== '');
  const share = (i: number, test: (c: string) => boolean) => {
    const cs = cells(i);
    return cs.length === 0 ? 0 : cs.filter(test).length / cs.length;
  };
  // By content where the headers did not say: coordinates, then the city column.
  if (columns.lon < 0 && columns.lat < 0 && columns.pair < 0) {
    const inRange = (lo: number, hi: number) => (c: string) => {
      const v = parseCoordinate(c)?.value;
      return v !== undefined && v >= lo && v <= hi;
    };
    const lon = [...Array(width).keys()].find((i) => !taken.has(i) && share(i, inRange(100, 125)) > 0.8);
    const lat = [...Array(width).keys()].find((i) => !taken.has(i) && i !== lon && share(i, inRange(15, 30)) > 0.8);
    if (lon !== undefined && lat !== undefined) {
      columns.lon = lon;
      columns.lat = lat;
      taken.add(lon).add(lat);
    }
  }
  if (columns.city < 0) {
    const city = [...Array(width).keys()].find((i) => !taken.has(i) && share(i, isCity) > 0.6);
    if (city !== undefined) {
      columns.city = city;
      taken.add(city);
    }
  }
  if (columns.name < 0) {
    const name = [...Array(width).keys()].find((i) => !taken.has(i) && share(i, (c) => !isNumber(c)) > 0.8);
    if (name !== undefined) {
      columns.name = name;
      taken.add(name);
    }
  }
  const figures = [...Array(width).keys()].filter((i) => !taken.has(i) && share(i, isNumber) > 0.8 && cells(i).length > 0);
  // A row per city with numbers, and nothing that places a site more exactly: city figures.
  const cityCells = columns.city >= 0 ? cells(columns.city) : [];
  const oncePerCity = cityCells.length > 0 && cityCells.length <= 21 && new Set(cityCells).size === cityCells.length && share(columns.city, isCity) > 0.8;
  const placesMore = columns.address >= 0 || columns.lon >= 0 || columns.pair >= 0;
  const kind: Kind = oncePerCity && figures.length > 0 && !placesMore ? 'figures' : 'sites';
  const datumCells = columns.datum >= 0 ? cells(columns.datum).map(parseDatum) : [];
  const datum = datumCells.find((d) => d !== null) ?? 'WGS84';
  return { kind, header, columns, datum, figures: kind === 'figures' ? figures : [] };
}
