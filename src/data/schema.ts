/**
 * One schema module for every data file. The build check (`npm run
 * data:check`), the tests and the app's loader all validate through it, so a
 * file the app accepts is exactly a file the check accepts.
 */
import { z } from 'zod';
// With extensions: the build's own config loads this module (scripts/dataCheck.ts).
import { CLUSTER_IDS, CLUSTER_TIERS, type ClusterId } from '../domain/clusterIds.ts';
import { NOTE_KINDS, type Dataset, type NoteKind } from '../domain/types.ts';
import { DATA_FILES, DataFileError, datasetOf, type CitiesGeo, type ContextGeo, type DataFileKey } from './files.ts';

// Zod's JIT compiles parsers with `new Function`, which the app's CSP forbids
// (and reports as a violation even though zod falls back): parse without it.
z.config({ jitless: true });

const adcode = z.string().regex(/^44\d{4}$/, 'must be a 6-digit Guangdong adcode (44xxxx)');
const text = z.string().trim().min(1, 'must not be empty');
const names = z.strictObject({ ja: text, zh: text, en: text });
const texts = names;

export const citySchema = z.strictObject({
  adcode,
  name: names,
  region: z.enum(['prd', 'east', 'west', 'north']),
  coastal: z.boolean(),
});

export const citiesSchema = z
  .array(citySchema)
  .length(21, 'must list the 21 prefecture-level cities')
  .superRefine((cities, ctx) => {
    const seen = new Set<string>();
    cities.forEach((c, i) => {
      if (seen.has(c.adcode)) ctx.addIssue({ code: 'custom', path: [i, 'adcode'], message: `duplicate adcode ${c.adcode}` });
      seen.add(c.adcode);
    });
  });

export const regionsSchema = z.strictObject({
  regions: z.array(
    z.strictObject({
      id: z.string().regex(/^[a-z-]+$/),
      terms: z.array(text).min(1),
      name: names,
      cities: z.array(adcode).min(1),
    }),
  ),
});

const targetSchema = z
  .strictObject({
    city: adcode,
    basis: z.enum(['named', 'regional']),
    role: z.enum(['hub', 'rnd', 'production', 'transfer', 'general']),
    term: text.optional(),
    quote: text,
  })
  .superRefine((t, ctx) => {
    if (t.basis === 'regional' && !t.term) ctx.addIssue({ code: 'custom', path: ['term'], message: 'a regional target needs the region term' });
    if (t.basis === 'named' && t.term) ctx.addIssue({ code: 'custom', path: ['term'], message: 'a named target has no region term' });
  });

const clusterSchema = z
  .strictObject({
    id: z.enum(CLUSTER_IDS as [ClusterId, ...ClusterId[]]),
    tier: z.enum(['pillar', 'emerging']),
    name: names,
    seed: z.strictObject({
      tier: z.string().min(1).nullable(),
      name: z.string().min(1).nullable(),
      focus: z.string().min(1).nullable(),
      areas: z.string().min(1).nullable(),
    }),
    focus: z.strictObject({ ja: text.nullable(), en: text.nullable(), zh: text.nullable() }),
    focusSupplement: z.strictObject({ text: texts, source: texts }).nullable(),
    areas: z.strictObject({ ja: text, en: text, zh: text }),
    targets: z.array(targetSchema).min(1),
    notes: z.array(z.strictObject({ kind: z.enum(NOTE_KINDS as [NoteKind, ...NoteKind[]]), ...texts.shape })),
  })
  .superRefine((c, ctx) => {
    if (CLUSTER_TIERS[c.id] !== c.tier)
      ctx.addIssue({ code: 'custom', path: ['tier'], message: `${c.id} is a ${CLUSTER_TIERS[c.id]} cluster` });
    c.targets.forEach((t, i) => {
      if (!c.areas.ja.includes(t.quote))
        ctx.addIssue({ code: 'custom', path: ['targets', i, 'quote'], message: 'quote is not a substring of areas.ja' });
      if (t.term && !t.quote.includes(t.term))
        ctx.addIssue({ code: 'custom', path: ['targets', i, 'term'], message: `term "${t.term}" is not in the quote` });
    });
    const keys = new Set<string>();
    c.targets.forEach((t, i) => {
      const key = `${t.city}|${t.role}|${t.term ?? ''}`;
      if (keys.has(key)) ctx.addIssue({ code: 'custom', path: ['targets', i], message: `duplicate target ${key}` });
      keys.add(key);
    });
    for (const lang of ['ja', 'en', 'zh'] as const)
      if ((c.focus[lang] === null) !== (c.seed.focus === null))
        ctx.addIssue({
          code: 'custom',
          path: ['focus', lang],
          message: c.seed.focus === null ? 'must be null: the seed cell is empty' : 'is required: the seed cell has focus areas',
        });
    if (c.focusSupplement && c.seed.focus !== null)
      ctx.addIssue({ code: 'custom', path: ['focusSupplement'], message: 'a supplement is only for a focus cell the seed leaves empty' });
  });

export const clustersSchema = z
  .strictObject({
    source: z.strictObject({
      title: text,
      publisher: text,
      basis: text,
      policy: z.strictObject({ title: text, number: text, issued: z.iso.date() }),
      seedFile: text,
      footnote: text,
    }),
    clusters: z.array(clusterSchema),
  })
  .superRefine((doc, ctx) => {
    doc.clusters.forEach((c, i) => {
      if (c.id !== CLUSTER_IDS[i])
        ctx.addIssue({ code: 'custom', path: ['clusters', i, 'id'], message: `expected ${CLUSTER_IDS[i] ?? 'no cluster'} at this position (policy order)` });
    });
    if (doc.clusters.length !== CLUSTER_IDS.length)
      ctx.addIssue({ code: 'custom', path: ['clusters'], message: `must hold the ${CLUSTER_IDS.length} clusters` });
  });

/** Guangdong with a margin: a coordinate outside it is a broken file. */
export const GUANGDONG_BBOX = [109.4, 20.0, 117.6, 25.7] as const;

type Position = [number, number];
const isPosition = (p: unknown): p is Position =>
  Array.isArray(p) && p.length === 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]);

/** What is wrong with a ring's shape, if anything (closure is checked apart). */
function ringProblem(r: unknown): string | null {
  if (!Array.isArray(r)) return 'a ring must be an array of positions';
  if (r.length < 4) return 'a ring needs at least 4 positions';
  for (const p of r) if (!isPosition(p)) return 'a position must be two finite numbers';
  return null;
}

// A ring is checked in one plain loop rather than a zod schema per position:
// the geometry holds thousands of positions and is parsed on the app's start-up path.
const ring = z
  .custom<Position[]>((r) => ringProblem(r) === null, { error: (issue) => ringProblem(issue.input) ?? 'invalid ring' })
  .superRefine((r, ctx) => {
    const first = r[0]!;
    const last = r[r.length - 1]!;
    if (first[0] !== last[0] || first[1] !== last[1]) ctx.addIssue({ code: 'custom', message: 'ring is not closed' });
  });
const polygon = z.array(ring).min(1);
const geometry = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('Polygon'), coordinates: polygon }),
  z.strictObject({ type: z.literal('MultiPolygon'), coordinates: z.array(polygon).min(1) }),
]);

function insideBox(bbox: readonly number[]) {
  return (g: z.infer<typeof geometry>, ctx: z.RefinementCtx) => {
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const p of polys)
      for (const r of p)
        for (const [x, y] of r)
          if (x < bbox[0]! || y < bbox[1]! || x > bbox[2]! || y > bbox[3]!) {
            ctx.addIssue({ code: 'custom', path: ['coordinates'], message: `position ${x},${y} lies outside ${bbox.join(',')}` });
            return;
          }
  };
}

/** What every city feature says of itself, in the source and in exports. */
const cityFeatureNames = { adcode, name_ja: text, name_zh: text, name_en: text };

export const cityFeatureSchema = z.strictObject({
  type: z.literal('Feature'),
  id: z.number().int(),
  properties: z.strictObject({
    ...cityFeatureNames,
    label_lon: z.number().finite(),
    label_lat: z.number().finite(),
  }),
  geometry: geometry.superRefine(insideBox(GUANGDONG_BBOX)),
});

export const citiesGeoSchema = z
  .strictObject({ type: z.literal('FeatureCollection'), features: z.array(cityFeatureSchema).length(21) })
  .superRefine((fc, ctx) => {
    fc.features.forEach((f, i) => {
      if (String(f.id) !== f.properties.adcode)
        ctx.addIssue({ code: 'custom', path: ['features', i, 'id'], message: 'feature id must equal properties.adcode' });
    });
  });

export const contextGeoSchema = z.strictObject({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.strictObject({
      type: z.literal('Feature'),
      id: z.number().int(),
      properties: z.strictObject({
        id: z.string(),
        kind: z.enum(['province', 'sar']),
        name_ja: text,
        name_zh: text,
        name_en: text,
        label_lon: z.number().finite(),
        label_lat: z.number().finite(),
      }),
      geometry,
    }),
  ),
});

// The GeoJSON types of files.ts, written by hand so that module needs no zod,
// are exactly what these schemas accept (a type error here otherwise).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
export type GeoTypesMatchSchemas = [
  Holds<Same<z.infer<typeof citiesGeoSchema>, CitiesGeo>>,
  Holds<Same<z.infer<typeof contextGeoSchema>, ContextGeo>>,
];

export const SCHEMAS = {
  cities: citiesSchema,
  clusters: clustersSchema,
  regions: regionsSchema,
  geo: citiesGeoSchema,
  context: contextGeoSchema,
} satisfies Record<DataFileKey, z.ZodType>;

/**
 * "clusters[4] (advanced-materials) › targets[2].city: …": the record is
 * named by its id or adcode where it has one, so a person can find it.
 */
export function describeIssue(root: unknown, issue: z.core.$ZodIssue): string {
  let node: unknown = root;
  let where = '';
  for (const key of issue.path) {
    where += typeof key === 'number' ? `[${key}]` : `${where ? '.' : ''}${String(key)}`;
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key as PropertyKey] : undefined;
    if (typeof key === 'number' && node && typeof node === 'object') {
      const rec = node as Record<string, unknown>;
      const label = rec.id ?? rec.adcode ?? (rec.properties as Record<string, unknown> | undefined)?.adcode;
      if (typeof label === 'string' || typeof label === 'number') where += ` (${label})`;
    }
  }
  return `${where || '(file)'}: ${issue.message}`;
}

export function parseDataFile<K extends DataFileKey>(key: K, file: string, value: unknown): z.infer<(typeof SCHEMAS)[K]> {
  const result = SCHEMAS[key].safeParse(value);
  if (!result.success) throw new DataFileError(file, result.error.issues.map((i) => describeIssue(value, i)));
  return result.data as z.infer<(typeof SCHEMAS)[K]>;
}

export interface RawFiles {
  cities: unknown;
  clusters: unknown;
  regions: unknown;
  geo: unknown;
  context?: unknown;
}

/**
 * Validates each file, then the references between them: target cities and
 * region cities exist, every regional target's term is in regions.json and
 * reaches exactly the cities it lists there, the geometry has one feature per
 * city.
 */
export function parseDataset(raw: RawFiles, files: Record<DataFileKey, string> = DATA_FILES): Dataset & { geo: CitiesGeo } {
  const cities = parseDataFile('cities', files.cities, raw.cities);
  const clustersDoc = parseDataFile('clusters', files.clusters, raw.clusters);
  const regionsDoc = parseDataFile('regions', files.regions, raw.regions);
  const geo = parseDataFile('geo', files.geo, raw.geo);
  const known = new Set(cities.map((c) => c.adcode));

  const regionProblems: string[] = [];
  regionsDoc.regions.forEach((r, i) =>
    r.cities.forEach((c, j) => {
      if (!known.has(c)) regionProblems.push(`regions[${i}] (${r.id}).cities[${j}]: unknown city ${c}`);
    }),
  );
  if (regionProblems.length) throw new DataFileError(files.regions, regionProblems);

  const regionByTerm = new Map(regionsDoc.regions.flatMap((r) => r.terms.map((t) => [t, r] as const)));
  const problems: string[] = [];
  clustersDoc.clusters.forEach((c, i) => {
    const at = `clusters[${i}] (${c.id})`;
    const byTerm = new Map<string, Set<string>>();
    c.targets.forEach((t, j) => {
      if (!known.has(t.city)) problems.push(`${at}.targets[${j}].city: unknown city ${t.city}`);
      if (t.term) {
        if (!regionByTerm.has(t.term)) problems.push(`${at}.targets[${j}].term: "${t.term}" is not a term in regions.json`);
        byTerm.set(t.term, (byTerm.get(t.term) ?? new Set()).add(t.city));
      }
    });
    for (const [term, reached] of byTerm) {
      const region = regionByTerm.get(term);
      if (!region) continue;
      const expected = new Set(region.cities);
      if (reached.size !== expected.size || [...reached].some((c) => !expected.has(c)))
        problems.push(`${at}.targets: term "${term}" must reach exactly the ${expected.size} cities of region ${region.id}`);
    }
  });
  if (problems.length) throw new DataFileError(files.clusters, problems);

  const geoCodes = new Set(geo.features.map((f) => f.properties.adcode));
  const missing = [...known].filter((c) => !geoCodes.has(c));
  if (missing.length) throw new DataFileError(files.geo, [`features: no polygon for ${missing.join(', ')}`]);

  return datasetOf({ cities, clusters: clustersDoc, regions: regionsDoc, geo });
}

/** The GeoJSON the app exports: the city polygons with the per-city figures of the view. */
export const exportGeoSchema = z.strictObject({
  type: z.literal('FeatureCollection'),
  features: z
    .array(
      z.strictObject({
        type: z.literal('Feature'),
        id: z.number().int(),
        properties: z.strictObject({
          ...cityFeatureNames,
          region: z.enum(['prd', 'east', 'west', 'north']),
          count_all: z.number().int().min(0),
          count_named: z.number().int().min(0),
          cluster_ids: z.string(),
          cluster_names: z.string(),
          clusters: z.array(
            z.strictObject({
              id: z.enum(CLUSTER_IDS as [ClusterId, ...ClusterId[]]),
              tier: z.enum(['pillar', 'emerging']),
              name: text,
              roles: z.array(z.enum(['hub', 'rnd', 'production', 'transfer', 'general'])).min(1),
              basis: z.enum(['named', 'regional']),
              focus: text.nullable(),
            }),
          ),
        }),
        geometry: geometry.superRefine(insideBox(GUANGDONG_BBOX)),
      }),
    )
    .length(21),
});
