/**
 * Reading a coordinate as analysts' files write it, and bringing it to
 * WGS-84: decimal degrees or degrees-minutes-seconds (23°07′30″N, 113 15 52 E,
 * 北纬23.12), and the three datums in use in China: WGS-84 (GPS), GCJ-02
 * (Amap, Tencent and Google's China maps) and BD-09 (Baidu), converted with
 * gcoord.
 */
import gcoord from 'gcoord';

export type Datum = 'WGS84' | 'GCJ02' | 'BD09';
export const DATUMS: readonly Datum[] = ['WGS84', 'GCJ02', 'BD09'];

/** A datum cell or a column's name: wgs84, WGS-84, GPS; gcj02, 火星, 高德, amap, 腾讯; bd09, 百度, baidu. */
export function parseDatum(text: string): Datum | null {
  const t = text.normalize('NFKC').toLowerCase().replace(/[\s_-]/g, '');
  if (/^(wgs84|wgs|gps|epsg4326|4326|世界測地系|世界测地系)$/.test(t)) return 'WGS84';
  if (/^(gcj02|gcj|火星|火星座標|火星坐标|高德|amap|gaode|autonavi|tencent|腾讯|騰訊|qq|googlechina|国测局|國測局)/.test(t)) return 'GCJ02';
  if (/^(bd09|bd09ll|bd|baidu|百度)/.test(t)) return 'BD09';
  return null;
}

export type Axis = 'lon' | 'lat';

const HEMISPHERE = /北纬|南纬|东经|西经|北緯|南緯|東経|西経|東經|西經|[NSEW]/iu;
/** What a coordinate may hold besides its numbers and hemisphere: degree, minute and second marks. */
const MARKS = /^[\s°º˚度:'′’‘"″”“秒分+-]*$/u;

/** One coordinate: its value in degrees and the axis its hemisphere letter names, if any. */
export function parseCoordinate(text: string): { value: number; axis: Axis | null } | null {
  // Most cells are plain decimal degrees: read at once.
  if (/^\s*-?\d{1,3}(\.\d+)?\s*$/.test(text)) return { value: Number(text), axis: null };
  let t = text.normalize('NFKC').trim();
  if (/^[+-]?\d+,\d+$/.test(t)) t = t.replace(',', '.'); // a decimal comma
  if (!t) return null;
  const hemisphere = (HEMISPHERE.exec(t)?.[0] ?? '').toUpperCase();
  const rest = t.replace(HEMISPHERE, ' ');
  const numbers = rest.match(/\d+(?:\.\d+)?/g) ?? [];
  if (numbers.length < 1 || numbers.length > 3) return null;
  if (!MARKS.test(rest.replace(/\d+(?:\.\d+)?/g, ''))) return null;
  const [deg, min, sec] = numbers.map(Number) as [number, number?, number?];
  if ((min ?? 0) >= 60 || (sec ?? 0) >= 60) return null;
  let value = deg + (min ?? 0) / 60 + (sec ?? 0) / 3600;
  if (!Number.isFinite(value)) return null;
  if (/^\s*-/.test(rest) || /^(S|W|南|西)/.test(hemisphere)) value = -value;
  const axis: Axis | null = /^(N|S|北|南)/.test(hemisphere) ? 'lat' : hemisphere ? 'lon' : null;
  return { value, axis };
}

/** Both in one cell: "23.129, 113.264", "113.264 23.129", "23°07′N 113°15′E". */
export function parsePair(text: string): { first: ReturnType<typeof parseCoordinate>; second: ReturnType<typeof parseCoordinate> } | null {
  const t = text.normalize('NFKC').trim();
  let parts = t.split(/\s*[,;，、/|]\s*/).filter(Boolean);
  // Separated by a space: after a hemisphere letter (23°07′N 113°15′E), or two plain numbers.
  if (parts.length === 1) parts = t.split(/(?<=[NSEW])\s+|(?<=^[+-]?\d+(?:\.\d+)?)\s+(?=[+-]?\d+(?:\.\d+)?$)/iu).filter(Boolean);
  if (parts.length !== 2) return null;
  const first = parseCoordinate(parts[0]!);
  const second = parseCoordinate(parts[1]!);
  return first && second ? { first, second } : null;
}

export interface Point {
  lon: number;
  lat: number;
  /** Latitude and longitude were the other way round in the file. */
  swapped: boolean;
}

const inLon = (v: number) => v >= 73 && v <= 136;
const inLat = (v: number) => v >= 3 && v <= 54;

/**
 * Longitude and latitude from what the row gives, noticing when they are the
 * wrong way round (the values, or the hemisphere letters, say so).
 */
export function orient(lon: { value: number; axis: Axis | null }, lat: { value: number; axis: Axis | null }): Point | null {
  if (lon.axis === 'lat' || lat.axis === 'lon') return { lon: lat.value, lat: lon.value, swapped: true };
  if (Math.abs(lat.value) > 90 || (!inLon(lon.value) && inLon(lat.value) && inLat(lon.value))) {
    if (Math.abs(lon.value) > 90) return null;
    return { lon: lat.value, lat: lon.value, swapped: true };
  }
  if (Math.abs(lon.value) > 180) return null;
  return { lon: lon.value, lat: lat.value, swapped: false };
}

/** In China a datum's offset applies; elsewhere gcoord leaves the point as it is. */
export function toWgs84(lon: number, lat: number, datum: Datum): [number, number] {
  if (datum === 'WGS84') return [lon, lat];
  const [x, y] = gcoord.transform([lon, lat], datum === 'GCJ02' ? gcoord.GCJ02 : gcoord.BD09, gcoord.WGS84);
  return [x, y];
}
