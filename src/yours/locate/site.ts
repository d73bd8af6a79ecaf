/**
 * Locating one site, most exact first (PRODUCT.md, "Your data"):
 * coordinates in their datum, joined point-in-polygon; else the place names
 * in its city cell and address; else not located, with the reason and the
 * candidates a reader can pick from.
 */
import type { LocatedBy, SiteCandidate } from '../../domain/sites';
import { orient, parseCoordinate, parsePair, toWgs84, type Datum } from './coordinates';
import type { Join } from './join';
import { locateByName, type Place, type PlaceIndex } from './places';


export interface SiteInput {
  /** The city cell and the address cell, as read. */
  city: string;
  address: string;
  /** Longitude and latitude cells, or one cell with both. */
  lon: string;
  lat: string;
  pair: string;
  datum: Datum;
}


export type SiteResult =
  | {
      status: 'located';
      city: string;
      by: Exclude<LocatedBy, 'hand'>;
      /** The district, town or zone named (by names), if it is more than the city. */
      place?: string | undefined;
      /** WGS-84, for sites located by coordinates. */
      lon?: number | undefined;
      lat?: number | undefined;
      swapped?: boolean | undefined;
      /** Another city whose border is within NEAR_BORDER_KM: the boundaries' error could put the site there. */
      nearBorder?: string | undefined;
    }
  | { status: 'ambiguous'; candidates: SiteCandidate[] }
  | { status: 'outside'; area: string | null; lon: number; lat: number; swapped: boolean; candidates: SiteCandidate[] }
  | { status: 'none'; reason: 'empty' | 'no-place' | 'bad-coordinates'; candidates: SiteCandidate[] };

/** The boundaries' worst-case error (docs/data.md): a site nearer than this to another city's border says so. */
const NEAR_BORDER_KM = 1;
/** A point outside Guangdong is offered the cities within this distance, to pick by hand (a port on the coast, a reclaimed pier). */
const CANDIDATE_KM = 10;

const asCandidate = (p: Place): SiteCandidate => ({ city: p.city, place: p.level === 'city' ? undefined : p.name });

function coordinatesOf(input: SiteInput): { lon: number; lat: number; swapped: boolean } | 'bad' | null {
  if (input.pair.trim()) {
    const pair = parsePair(input.pair);
    if (!pair) return 'bad';
    // "lat, lon" is the usual order of a pair (Google, Amap's "copy coordinates" gives lon,lat): orient() decides by the values.
    const oriented = orient(pair.second!, pair.first!);
    if (!oriented) return 'bad';
    return { ...oriented, swapped: false };
  }
  if (!input.lon.trim() && !input.lat.trim()) return null;
  const lon = parseCoordinate(input.lon);
  const lat = parseCoordinate(input.lat);
  if (!lon || !lat) return 'bad';
  return orient(lon, lat) ?? 'bad';
}

export function locateSite(input: SiteInput, names: PlaceIndex, join: Join): SiteResult {
  const byName = () => locateByName(names, [input.city, input.address]);
  const coordinates = coordinatesOf(input);
  if (coordinates && coordinates !== 'bad') {
    const [lon, lat] = toWgs84(coordinates.lon, coordinates.lat, input.datum);
    const area = join.areaAt(lon, lat);
    if (area && area.startsWith('44')) {
      const near = join.nearby(lon, lat, NEAR_BORDER_KM).find((n) => n.code !== area);
      return { status: 'located', city: area, by: 'coordinates', lon, lat, swapped: coordinates.swapped, nearBorder: near?.code };
    }
    const named = byName();
    const fromNames = named.status === 'located' ? [{ city: named.city }] : named.candidates.map(asCandidate);
    const near = join.nearby(lon, lat, CANDIDATE_KM).slice(0, 2).map((n) => ({ city: n.code, km: n.km }));
    const candidates = [...fromNames, ...near.filter((n) => !fromNames.some((f) => f.city === n.city))];
    return { status: 'outside', area, lon, lat, swapped: coordinates.swapped, candidates };
  }
  if (!input.city.trim() && !input.address.trim()) {
    return { status: 'none', reason: coordinates === 'bad' ? 'bad-coordinates' : 'empty', candidates: [] };
  }
  const named = byName();
  if (named.status === 'located') {
    return { status: 'located', city: named.city, by: named.by, place: named.place.level === 'city' ? undefined : named.place.name };
  }
  if (named.status === 'ambiguous') return { status: 'ambiguous', candidates: named.candidates.map(asCandidate) };
  return { status: 'none', reason: coordinates === 'bad' ? 'bad-coordinates' : 'no-place', candidates: named.candidates.map(asCandidate) };
}
