/**
 * One model, many renderers: the WebGL map's fill (its style's paint, read
 * from the feature state the map is given) and the SVG map's fill (as
 * rendered) agree for every class, role and basis, in light and dark; the
 * export page draws the same.
 */
import { createPropertyExpression, Color, latest } from '@maplibre/maplibre-gl-style-spec';
import type { ExpressionSpecification, FillLayerSpecification, LineLayerSpecification } from 'maplibre-gl';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CLUSTER_IDS } from '../domain/clusterIds';
import { REGIONAL_OPACITY, ROLE_COLORS, type Scheme } from '../domain/palette';
import { ROLES, type Role, type TierFilter } from '../domain/types';
import { exportPage, type PageItem, type PathItem } from '../export/page';
import { exportSummary } from '../export/summary';
import { deriveView } from '../store/derived';
import { DEFAULT_VIEW, type View } from '../store/url';
import { citiesGeoSchema, contextGeoSchema } from '../data/schema';
import { loadRepoDataset, readJson } from '../test/files';
import { mapModel } from './model';
import { projectToBounds } from './projection';
import { SvgMapPicture } from './svg/picture';
import { cityFeatureState } from './webgl/featureState';
import { mapStyle } from './webgl/style';

const dataset = loadRepoDataset();
const geo = citiesGeoSchema.parse(readJson('data/guangdong.geojson'));
const context = contextGeoSchema.parse(readJson('data/context.geojson'));
const shapes = projectToBounds(geo, context);

const fillLayer = mapStyle({ borders: 'outline' }).layers.find((l) => l.id === 'city-fill') as FillLayerSpecification;
function paintExpression(property: 'fill-color' | 'fill-opacity') {
  const spec = latest.paint_fill[property] as unknown as Parameters<typeof createPropertyExpression>[2];
  const parsed = createPropertyExpression(fillLayer.paint![property] as ExpressionSpecification, `paint_fill.${property}`, spec);
  if (parsed.result !== 'success') throw new Error(`${property}: ${JSON.stringify(parsed.value)}`);
  return parsed.value;
}
const fillColor = paintExpression('fill-color');
const fillOpacity = paintExpression('fill-opacity');
const regionalLayer = mapStyle({ borders: 'outline' }).layers.find((l) => l.id === 'city-regional-line') as LineLayerSpecification;
const regionalOpacity = (() => {
  const parsed = createPropertyExpression(regionalLayer.paint!['line-opacity'], 'paint_line.line-opacity', latest.paint_line['line-opacity'] as unknown as Parameters<typeof createPropertyExpression>[2]);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  return parsed.value;
})();

/** What the WebGL map paints each city, from the feature state it is given. */
function webglFills(model: ReturnType<typeof mapModel>) {
  return Object.fromEntries(
    model.cities.map((look) => {
      const state = cityFeatureState(look);
      const feature = { type: 'Polygon' as const, properties: {}, id: Number(look.adcode) };
      const color = fillColor.evaluate({ zoom: 6 }, feature, state) as Color;
      return [look.adcode, { color: color.toString(), opacity: fillOpacity.evaluate({ zoom: 6 }, feature, state) as number }];
    }),
  );
}

/** What the SVG map draws each city with, as rendered. */
function svgFills(model: ReturnType<typeof mapModel>) {
  const html = renderToStaticMarkup(<SvgMapPicture shapes={shapes} model={model} />);
  const out: Record<string, { color: string; opacity: number }> = {};
  for (const m of html.matchAll(/<path [^>]*?fill="([^"]+)"(?: fill-opacity="([^"]+)")? data-adcode="(\d+)"/g))
    out[m[3]!] = { color: Color.parse(m[1]!)!.toString(), opacity: m[2] ? Number(m[2]) : 1 };
  return out;
}

/** What the export page draws each city with. */
function exportFills(view: View) {
  const derived = deriveView(dataset, view);
  const page = exportPage({ geo, context, derived, lang: 'en', summary: exportSummary(view, derived, new Date(2026, 0, 1), 'https://example.org/') });
  const out: Record<string, { color: string; opacity: number }> = {};
  const walk = (items: PageItem[]) => {
    for (const item of items)
      if (item.kind === 'group') walk(item.items);
      else if (item.kind === 'path' && item.fill && item.data?.adcode) out[item.data.adcode] = { color: Color.parse((item as PathItem).fill!)!.toString(), opacity: item.fillOpacity ?? 1 };
  };
  walk(page.items);
  return out;
}

// Every tier and count basis, and each industry alone: together they give every class, role and basis.
const VIEWS: View[] = [
  ...(['all', 'pillar', 'emerging'] as TierFilter[]).flatMap((tier) => (['all', 'named'] as const).map((count) => ({ ...DEFAULT_VIEW, tier, count }))),
  ...CLUSTER_IDS.map((id) => ({ ...DEFAULT_VIEW, industries: [id] })),
];

describe('the WebGL map and the SVG map draw one model', () => {
  const seen = { classes: new Set<number>(), roles: new Set<string>() };

  it.each(['light', 'dark'] as Scheme[])('agree on every city in every view (%s)', (scheme) => {
    for (const view of VIEWS) {
      const derived = deriveView(dataset, view);
      const model = mapModel({ derived, lang: 'en', selectedCity: null, comparedCities: [], hoveredCity: null, focusedCity: null, scheme });
      const webgl = webglFills(model);
      expect(Object.keys(webgl)).toHaveLength(21);
      expect(svgFills(model), JSON.stringify(view)).toEqual(webgl);
      expect(exportFills(view), JSON.stringify(view)).toEqual(webgl);
      for (const c of model.cities) {
        if (derived.single) {
          const role = derived.single.roles.get(c.adcode);
          if (role) seen.roles.add(`${role.role}/${role.basis}`);
        } else seen.classes.add(derived.classes.findIndex((k) => k.color === c.fill));
      }
    }
  });

  it('the views above cover every class and every role by each basis', () => {
    expect([...seen.classes].sort((a, b) => a - b)).toEqual(deriveView(dataset, DEFAULT_VIEW).classes.map((_, i) => i));
    // Every role the data uses, named and through a region term.
    const used = new Set(dataset.clusters.flatMap((c) => c.targets.map((t) => `${t.role}/${t.basis}`)));
    expect(seen.roles).toEqual(used);
    expect(ROLES.filter((r) => [...used].some((u) => u.startsWith(`${r}/`)))).toEqual(ROLES);
  });

  it('outlines, dashed, exactly the cities a region term alone reaches: on the WebGL map and on the export page', () => {
    for (const id of CLUSTER_IDS) {
      const view = { ...DEFAULT_VIEW, industries: [id] };
      const derived = deriveView(dataset, view);
      const model = mapModel({ derived, lang: 'en', selectedCity: null, comparedCities: [], hoveredCity: null, focusedCity: null, scheme: 'light' });
      const onWebgl = model.cities
        .filter((look) => (regionalOpacity.evaluate({ zoom: 6 }, { type: 'Polygon', properties: {}, id: Number(look.adcode) }, cityFeatureState(look)) as number) > 0)
        .map((c) => c.adcode);
      const page = exportPage({ geo, context, derived, lang: 'en', summary: exportSummary(view, derived, new Date(2026, 0, 1), 'https://example.org/') });
      const regionalGroup = (page.items.find((i) => i.kind === 'group' && i.id === 'map') as Extract<PageItem, { kind: 'group' }>).items.find(
        (i) => i.kind === 'group' && i.id === 'regional',
      ) as Extract<PageItem, { kind: 'group' }>;
      const onPage = regionalGroup.items.map((i) => (i as PathItem).data!.city);
      const reachedOnlyByTerm = [...derived.single!.roles].filter(([, r]) => r.basis === 'regional').map(([c]) => c);
      expect([id, onWebgl.sort()]).toEqual([id, reachedOnlyByTerm.sort()]);
      expect([id, onPage.sort()]).toEqual([id, reachedOnlyByTerm.sort()]);
    }
  });

  it('paints a regional target pale and a named one solid, in its role colour', () => {
    const view = { ...DEFAULT_VIEW, industries: ['new-energy'] };
    const derived = deriveView(dataset, view);
    const webgl = webglFills(mapModel({ derived, lang: 'en', selectedCity: null, comparedCities: [], hoveredCity: null, focusedCity: null, scheme: 'light' }));
    for (const [city, role] of derived.single!.roles) {
      expect(webgl[city]!.color).toBe(Color.parse(ROLE_COLORS[role.role as Role])!.toString());
      expect(webgl[city]!.opacity).toBe(role.basis === 'regional' ? REGIONAL_OPACITY : 1);
    }
  });
});
