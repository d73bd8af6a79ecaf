/**
 * Generates data/guangdong.geojson (the 21 prefecture-level cities) and
 * data/context.geojson (neighbouring provinces, Hong Kong, Macau) from the
 * boundary files shipped in the npm package echarts@4.9.0 (Apache-2.0).
 *
 * Run with `npm run data:geo`. The output is committed; rerun only when the
 * source package or the simplification settings change.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import mapshaper from 'mapshaper';
import { decodeRing, type Ring } from '../src/yours/locate/rings';

const require = createRequire(import.meta.url);
const echartsJson = (file: string) => require.resolve(`echarts/map/json/${file}`);
const root = path.resolve(import.meta.dirname, '..');

/** Box around the province used to clip the context layer (lon/lat). */
export const CONTEXT_BBOX = [108.2, 19.6, 118.6, 26.6] as const;
/** Neighbours drawn for orientation: Fujian, Jiangxi, Hunan, Guangxi, Hainan. */
const NEIGHBOUR_PROVINCES = ['350000', '360000', '430000', '450000', '460000'];
const CONTEXT_NAMES: Record<string, { ja: string; zh: string; en: string }> = {
  '350000': { ja: '福建省', zh: '福建省', en: 'Fujian' },
  '360000': { ja: '江西省', zh: '江西省', en: 'Jiangxi' },
  '430000': { ja: '湖南省', zh: '湖南省', en: 'Hunan' },
  '450000': { ja: '広西チワン族自治区', zh: '广西壮族自治区', en: 'Guangxi' },
  '460000': { ja: '海南省', zh: '海南省', en: 'Hainan' },
  '810000': { ja: '香港', zh: '香港', en: 'Hong Kong' },
  '820000': { ja: 'マカオ', zh: '澳门', en: 'Macau' },
};

interface EchartsFeature {
  id?: string;
  type: 'Feature';
  properties: Record<string, unknown>;
  geometry:
    | { type: 'Polygon'; coordinates: (string | Ring)[]; encodeOffsets: [number, number][] }
    | { type: 'MultiPolygon'; coordinates: (string | Ring)[][]; encodeOffsets: [number, number][][] };
}
interface EchartsMap {
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
  features: EchartsFeature[];
}

export function decodeEchartsMap(map: EchartsMap): GeoJSON.FeatureCollection {
  const scale = map.UTF8Scale ?? 1024;
  const ring = (r: string | Ring, offset: [number, number]) =>
    typeof r === 'string' ? decodeRing(r, offset, scale) : r;
  return {
    type: 'FeatureCollection',
    features: map.features.map((f): GeoJSON.Feature => {
      const g = f.geometry;
      const geometry: GeoJSON.Geometry =
        g.type === 'Polygon'
          ? { type: 'Polygon', coordinates: g.coordinates.map((r, i) => ring(r, g.encodeOffsets[i]!)) }
          : {
              type: 'MultiPolygon',
              coordinates: g.coordinates.map((poly, i) => poly.map((r, j) => ring(r, g.encodeOffsets[i]![j]!))),
            };
      return { type: 'Feature', id: f.id, properties: { ...f.properties, id: f.id }, geometry };
    }),
  };
}

async function readEcharts(file: string) {
  return decodeEchartsMap(JSON.parse(await readFile(echartsJson(file), 'utf8')) as EchartsMap);
}

async function run(commands: string, inputs: Record<string, unknown>): Promise<GeoJSON.FeatureCollection> {
  const out = await mapshaper.applyCommands(commands, inputs);
  return JSON.parse(String(out['out.json'])) as GeoJSON.FeatureCollection;
}

/** Label anchors: a point inside each feature's largest part, never on an offshore island. */
async function labelPoints(fc: GeoJSON.FeatureCollection, key: string) {
  const points = await run('-i in.json -points inner -o out.json format=geojson precision=0.0001', { 'in.json': fc });
  return new Map(points.features.map((f) => [String(f.properties?.[key]), (f.geometry as GeoJSON.Point).coordinates]));
}

async function buildCities() {
  const cities = JSON.parse(await readFile(path.join(root, 'data/cities.json'), 'utf8')) as {
    adcode: string;
    name: { ja: string; zh: string; en: string };
  }[];
  const source = await readEcharts('province/guangdong.json');
  // One topology for all 21 cities, so simplification moves each shared border
  // once and neighbours keep a common edge (no gaps, no slivers). 0.0001 deg is
  // about 11 m on the ground.
  const polygons = await run(
    '-i in.json -clean -simplify visvalingam weighted 15% keep-shapes -filter-islands min-area=1km2 ' +
      '-clean -each "adcode=id" -dissolve2 adcode -o out.json format=geojson precision=0.0001',
    { 'in.json': source },
  );
  const anchorByCode = await labelPoints(polygons, 'adcode');
  const byCode = new Map(polygons.features.map((f) => [String(f.properties?.adcode), f]));
  return {
    type: 'FeatureCollection',
    features: cities.map((city) => {
      const f = byCode.get(city.adcode);
      const label = anchorByCode.get(city.adcode);
      if (!f || !label) throw new Error(`echarts guangdong.json has no feature for adcode ${city.adcode}`);
      return {
        type: 'Feature',
        id: Number(city.adcode),
        properties: {
          adcode: city.adcode,
          name_ja: city.name.ja,
          name_zh: city.name.zh,
          name_en: city.name.en,
          label_lon: label[0],
          label_lat: label[1],
        },
        geometry: f.geometry,
      };
    }),
  };
}

async function buildContext() {
  const china = await readEcharts('china.json');
  const neighbours: GeoJSON.FeatureCollection = {
    type: 'FeatureCollection',
    features: china.features.filter((f) => NEIGHBOUR_PROVINCES.includes(String(f.id))),
  };
  // The SAR files carry district detail; dissolved they give finer coastlines
  // than the national file's SAR outlines.
  const sar = async (file: string, id: string) =>
    run(`-i in.json -dissolve -each "id='${id}'" -o out.json format=geojson`, { 'in.json': await readEcharts(file) });
  const hk = await sar('province/xianggang.json', '810000');
  const macau = await sar('province/aomen.json', '820000');
  const merged: GeoJSON.FeatureCollection = {
    type: 'FeatureCollection',
    features: [...neighbours.features, ...hk.features, ...macau.features].map((f) => ({
      type: 'Feature',
      properties: { id: String(f.id ?? f.properties?.id) },
      geometry: f.geometry,
    })),
  };
  const clipped = await run(
    `-i in.json -clip bbox=${CONTEXT_BBOX.join(',')} -clean -simplify visvalingam weighted 10% keep-shapes ` +
      '-filter-islands min-area=2km2 -o out.json format=geojson precision=0.001',
    { 'in.json': merged },
  );
  const anchors = await labelPoints(clipped, 'id');
  return {
    type: 'FeatureCollection',
    features: clipped.features.map((f) => {
      const id = String(f.properties?.id);
      const name = CONTEXT_NAMES[id];
      const label = anchors.get(id);
      if (!name || !label) throw new Error(`unexpected context feature ${id}`);
      return {
        type: 'Feature',
        id: Number(id),
        properties: {
          id,
          kind: id.startsWith('8') ? 'sar' : 'province',
          name_ja: name.ja,
          name_zh: name.zh,
          name_en: name.en,
          label_lon: label[0],
          label_lat: label[1],
        },
        geometry: f.geometry,
      };
    }),
  };
}

async function write(file: string, fc: unknown) {
  const text = JSON.stringify(fc) + '\n';
  await writeFile(path.join(root, file), text);
  console.log(`${file}: ${(text.length / 1024).toFixed(1)} KB, ${(gzipSync(text).length / 1024).toFixed(1)} KB gzipped`);
}

await write('data/guangdong.geojson', await buildCities());
await write('data/context.geojson', await buildContext());
