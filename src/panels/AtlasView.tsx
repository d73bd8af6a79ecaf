/**
 * The atlas (`view=atlas`, src/map/atlas.ts): a small SVG map per cluster of
 * the view, in the policy's order, its cities by role as the one-industry
 * map draws them, under one legend. Each map is a button named by its cities
 * in words; a click or Enter opens that cluster's card on the main map. SVG
 * from the map model, never a WebGL context per map. Loaded when shown.
 */
import { memo, useMemo } from 'react';
import { NO_ROLE_COLOR, REGIONAL_OPACITY, ROLE_COLORS } from '../domain/palette';
import { ROLES, type Dataset } from '../domain/types';
import { atlasMaps } from '../map/atlas';
import { projectMap } from '../map/projection';
import { describeView, deriveView } from '../store/derived';
import { useLang, useT } from '../store/hooks';
import { useAppStore } from '../store/store';

/** A small map's frame, in its SVG units: the province's proportions. */
const ATLAS_MAP = { width: 300, height: 216, padding: 4 } as const;

function AtlasLegend() {
  const tr = useT();
  const swatch = (fill: string, opacity = 1) => (
    <svg className="swatch" viewBox="0 0 1 1" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect width="1" height="1" fill={fill} fillOpacity={opacity} />
    </svg>
  );
  return (
    <ul className="atlas-legend" data-testid="atlas-legend">
      {ROLES.map((r) => (
        <li key={r}>
          {swatch(ROLE_COLORS[r])}
          {tr(`role_${r}`)}
        </li>
      ))}
      <li>
        {swatch(ROLE_COLORS.production, REGIONAL_OPACITY)}
        {tr('basisRegional')}
      </li>
      <li>
        {swatch(NO_ROLE_COLOR)}
        {tr('notTargeted')}
      </li>
    </ul>
  );
}

export const AtlasView = memo(function AtlasView({ dataset }: { dataset: Dataset }) {
  const tr = useT();
  const lang = useLang();
  const tier = useAppStore((s) => s.view.tier);
  const industries = useAppStore((s) => s.view.industries);
  const count = useAppStore((s) => s.view.count);
  const geo = useAppStore((s) => (s.data.status === 'ready' ? s.data.data.geo : null));
  const showCluster = useAppStore((s) => s.showCluster);
  const shapes = useMemo(() => (geo ? projectMap(geo, null, ATLAS_MAP.width, ATLAS_MAP.height, ATLAS_MAP.padding) : null), [geo]);
  const maps = useMemo(() => atlasMaps(dataset, { tier, industries, count, lang }), [dataset, tier, industries, count, lang]);
  const subtitle = describeView({ tier, industries, count }, deriveView(dataset, { tier, industries, count }), lang);
  if (!shapes) return null;
  return (
    <section className="atlas" aria-labelledby="atlas-title" data-testid="atlas">
      <h2 id="atlas-title">{tr('atlasView')}</h2>
      <p className="atlas-subtitle">{subtitle}</p>
      <AtlasLegend />
      <ol className="atlas-grid">
        {maps.map((m) => (
          <li key={m.cluster.id}>
            <button type="button" className="atlas-map" aria-label={m.description} data-cluster={m.cluster.id} onClick={() => showCluster(m.cluster.id, { showMap: true })}>
              <span className="atlas-title" aria-hidden="true">
                {m.cluster.name[lang]}
              </span>
              <svg viewBox={`0 0 ${ATLAS_MAP.width} ${ATLAS_MAP.height}`} aria-hidden="true" focusable="false">
                {shapes.cities.map((c) => {
                  const look = m.looks.get(c.adcode)!;
                  return <path key={c.adcode} d={c.d} fill={look.fill} fillOpacity={look.opacity < 1 ? look.opacity : undefined} data-adcode={c.adcode} />;
                })}
              </svg>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
});
