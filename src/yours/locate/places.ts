/**
 * Locating a site by the place names in its city cell or address: the 21
 * cities, their 122 county-level divisions, and towns and zones, written in
 * Simplified or Traditional Chinese, Japanese forms (仏山, 深セン), English or
 * pinyin (with or without "District", spaces, hyphens, apostrophes, tones).
 *
 * The names come from data/locator/gazetteer.json (scripts/build-locator.ts). Text
 * is folded to simplified characters and lower-case letters, then scanned for
 * the longest name at each place; the matches are resolved to one city:
 *
 * - a full name (顺德区, with its suffix) outranks a short form (顺德); short
 *   forms count only where they agree with the full names, so 中山 in
 *   广州市越秀区中山五路 does not make it Zhongshan, and a short form followed
 *   by a road word (中山路, Zhongshan Road) is a street, not a place;
 * - the most specific place wins (town, then district, then city), within
 *   the city every match agrees on;
 * - matches that name two cities, or one name that two places share, are
 *   `ambiguous`, with the candidates.
 */
type PlaceLevel = 'city' | 'district' | 'town' | 'zone';
type PlaceRow = [code: string, level: PlaceLevel, city: string, name: string, short: string, pinyin: string];

export interface Gazetteer {
  places: PlaceRow[];
  /** City adcode → English name. */
  english: Record<string, string>;
  /** Traditional and Japanese character → simplified. */
  variants: Record<string, string>;
  /** Longer Japanese forms → simplified (深セン → 深圳). */
  phrases: Record<string, string>;
}

export interface Place {
  code: string;
  level: PlaceLevel;
  city: string;
  name: string;
}

export type ByName =
  | { status: 'located'; city: string; by: 'city' | 'district' | 'town'; place: Place }
  | { status: 'ambiguous'; candidates: Place[] }
  | { status: 'none'; candidates: Place[] };

const RANK: Record<PlaceLevel, number> = { city: 0, district: 1, town: 2, zone: 2 };
const LATIN_SUFFIX = new Set(['district', 'city', 'county', 'town', 'township', 'subdistrict', 'prefecture', 'level', 'qu', 'shi', 'xian', 'zhen', 'jiedao', 'new', 'area']);
const LATIN_ROAD = new Set(['road', 'rd', 'avenue', 'ave', 'street', 'st', 'boulevard', 'blvd', 'lu', 'dadao', 'lane', 'jie', 'dajie', 'highway']);
const ROAD_AFTER = /^[一二三四五六七八九十东西南北中]{0,2}(路|大道|大街|街(?!道)|道(?!路))/u;
const MAX_LATIN_WORDS = 3;

interface Key {
  places: Place[];
  full: boolean;
}

export interface PlaceIndex {
  cjk: Map<string, Key>;
  latin: Map<string, Key>;
  /** For each first character of a name: the lengths of the names it starts, longest first. */
  lengths: Map<string, number[]>;
  fold: (text: string) => string;
  cities: Place[];
  /** Each city's own keys (its names in every form), for the near names of a text that matched nothing. */
  cityKeys: Map<Place, string[]>;
}

function add(map: Map<string, Key>, key: string, place: Place, full: boolean) {
  const known = map.get(key);
  if (!known) return void map.set(key, { places: [place], full });
  if (known.full && !full) return; // a full name is never shadowed by another's short form
  if (!known.full && full) return void map.set(key, { places: [place], full });
  // Two short forms alike: the more general place is what a reader means (龙华 the district, not a town of that name).
  const rank = Math.min(...known.places.map((p) => RANK[p.level]));
  if (RANK[place.level] < rank) known.places = [place];
  else if (RANK[place.level] === rank && !known.places.some((p) => p.code === place.code)) known.places.push(place);
}

export function buildPlaceIndex(gazetteer: Gazetteer): PlaceIndex {
  const cjk = new Map<string, Key>();
  const latin = new Map<string, Key>();
  const cities: Place[] = [];
  for (const [code, level, city, name, short, pinyin] of gazetteer.places) {
    const place: Place = { code, level, city, name };
    if (level === 'city') cities.push(place);
    add(cjk, name, place, true);
    if (short.length >= 2) add(cjk, short, place, false);
    if (pinyin.length >= 4) add(latin, pinyin, place, false);
  }
  for (const city of cities) {
    const en = gazetteer.english[city.code];
    if (en) add(latin, en.toLowerCase().replace(/[^a-z]/g, ''), city, false);
  }
  // City short forms outrank anything else's short form (中山 is the city).
  for (const city of cities) {
    const short = gazetteer.places.find((p) => p[0] === city.code)?.[4];
    if (short) cjk.set(short, { places: [city], full: false });
  }
  const phrases = Object.entries(gazetteer.phrases).sort((a, b) => b[0].length - a[0].length);
  const fold = (text: string): string => {
    let out = text.normalize('NFKC');
    for (const [from, to] of phrases) out = out.split(from).join(to);
    let folded = '';
    for (const ch of out.toLowerCase()) folded += gazetteer.variants[ch] ?? ch;
    return folded;
  };
  const lengths = new Map<string, number[]>();
  for (const key of cjk.keys()) {
    const known = lengths.get(key[0]!) ?? [];
    if (!known.includes(key.length)) lengths.set(key[0]!, [...known, key.length].sort((a, b) => b - a));
  }
  const cityKeys = new Map(cities.map((city) => [city, [...latin.entries(), ...cjk.entries()].filter(([, k]) => k.places.includes(city)).map(([key]) => key)]));
  return { cjk, latin, lengths, fold, cities, cityKeys };
}

interface Match {
  key: Key;
  full: boolean;
}

function cjkMatches(index: PlaceIndex, text: string): Match[] {
  const found: Match[] = [];
  for (let i = 0; i < text.length; ) {
    let hit = 0;
    for (const len of index.lengths.get(text[i]!) ?? []) {
      if (i + len > text.length) continue;
      const key = index.cjk.get(text.slice(i, i + len));
      if (!key) continue;
      hit = len;
      if (!(!key.full && ROAD_AFTER.test(text.slice(i + len)))) found.push({ key, full: key.full });
      break;
    }
    i += hit || 1;
  }
  return found;
}

function latinMatches(index: PlaceIndex, text: string): Match[] {
  const words = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’‘`ʼ]/g, '')
    .split(/[^a-z]+/)
    .filter(Boolean);
  const found: Match[] = [];
  for (let i = 0; i < words.length; ) {
    let hit = 0;
    for (let n = Math.min(MAX_LATIN_WORDS, words.length - i); n >= 1; n--) {
      const key = index.latin.get(words.slice(i, i + n).join(''));
      if (!key) continue;
      hit = n;
      const next = words[i + n];
      if (!(next && LATIN_ROAD.has(next))) found.push({ key, full: !!next && LATIN_SUFFIX.has(next) });
      break;
    }
    i += hit || 1;
  }
  return found;
}

const cityOf = (m: Match) => new Set(m.key.places.map((p) => p.city));

/** Where the names in `texts` (the city cell, then the address) put a site. */
export function locateByName(index: PlaceIndex, texts: readonly string[]): ByName {
  const folded = index.fold(texts.filter(Boolean).join(' \u3000 '));
  if (!folded.trim()) return { status: 'none', candidates: [] };
  const matches = [...cjkMatches(index, folded), ...latinMatches(index, folded)];
  if (matches.length === 0) return { status: 'none', candidates: nearestCities(index, folded) };
  const full = matches.filter((m) => m.full);
  const primary = full.length > 0 ? full : matches;
  // The cities every primary match allows.
  let allowed: Set<string> | null = null;
  for (const m of primary) {
    const cities = cityOf(m);
    const both: Set<string> = allowed === null ? cities : new Set([...allowed].filter((c) => cities.has(c)));
    if (both.size === 0) {
      // Two names that place the site in different cities.
      const places = primary.flatMap((p) => p.key.places);
      return { status: 'ambiguous', candidates: mostGeneral(places) };
    }
    allowed = both;
  }
  // Short forms that agree narrow it further (东莞 长安镇: the 长安镇 of Dongguan).
  for (const m of matches) {
    if (primary.includes(m)) continue;
    const narrower = [...allowed!].filter((c) => cityOf(m).has(c));
    if (narrower.length > 0) allowed = new Set(narrower);
  }
  const within = matches.filter((m) => [...cityOf(m)].some((c) => allowed!.has(c)));
  const places = within.flatMap((m) => m.key.places).filter((p) => allowed!.has(p.city));
  if (allowed!.size > 1) return { status: 'ambiguous', candidates: dedupe(places) };
  const [city] = [...allowed!];
  const best = Math.max(...places.map((p) => RANK[p.level]));
  const specific = dedupe(places.filter((p) => RANK[p.level] === best));
  const place = specific.length === 1 ? specific[0]! : index.cities.find((c) => c.code === city)!;
  const by = place.level === 'zone' ? 'town' : place.level;
  return { status: 'located', city: city!, by, place };
}

function dedupe(places: Place[]): Place[] {
  const seen = new Map<string, Place>();
  for (const p of places) seen.set(p.code, p);
  return [...seen.values()];
}

/** For names that place a site in two cities: each city once, by its most general place named. */
function mostGeneral(places: Place[]): Place[] {
  const byCity = new Map<string, Place>();
  for (const p of places) {
    const known = byCity.get(p.city);
    if (!known || RANK[p.level] < RANK[known.level]) byCity.set(p.city, p);
  }
  return [...byCity.values()];
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/** Cities whose names are nearly in the text (a typing slip: Fosan, 仏出): for the reader to pick from. */
function nearestCities(index: PlaceIndex, folded: string): Place[] {
  const words = folded.normalize('NFD').replace(/\p{M}/gu, '').split(/[^a-z\p{Script=Han}]+/u).filter((w) => w.length >= 2);
  const scored: [Place, number][] = [];
  for (const city of index.cities) {
    const keys = index.cityKeys.get(city) ?? [];
    let best = Infinity;
    for (const w of words) for (const key of keys) {
      const d = distance(w, key);
      if (d <= Math.max(1, Math.floor(key.length / 3))) best = Math.min(best, d);
    }
    if (best < Infinity) scored.push([city, best]);
  }
  return scored.sort((a, b) => a[1] - b[1]).slice(0, 3).map(([p]) => p);
}
