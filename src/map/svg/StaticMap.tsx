import { useMemo } from 'react';
import type { CitiesGeo, ContextGeo } from '../../data/files';
import { projectMap } from '../projection';
import { mapLabels } from '../labels';
import { COLORS, FOCUS_RING } from '../webgl/style';
import { cityFill, type Derived } from '../../store/derived';
import { useAppStore } from '../../store/store';
import { useLang } from '../../panels/hooks';
import { useMapKeyboard } from '../keys/MapKeyboard';

const W = 800;
const H = 560;

/** The map drawn as SVG (no WebGL): same shapes and colours, clickable cities. */
export function StaticMap({ geo, context, derived }: { geo: CitiesGeo; context: ContextGeo | null; derived: Derived }) {
  const lang = useLang();
  const selected = useAppStore((s) => s.view.city);
  const selectCity = useAppStore((s) => s.selectCity);
  const focused = useAppStore((s) => (s.keyRing ? s.keyCity : null));
  const keys = useMapKeyboard(null);
  const projected = useMemo(() => projectMap(geo, context, W, H), [geo, context]);
  const labels = useMemo(
    () => mapLabels(projected, derived, lang, { city: 11, context: 10, lineHeight: 1.15 }, { x0: 0, y0: 0, x1: W, y1: H }),
    [projected, derived, lang],
  );
  return (
    // The element the keys act on, named and described as the map; the picture itself is hidden from assistive technology.
    <div className="static-map-keys" {...keys}>
      <svg className="static-map" viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false" data-testid="static-map">
        <rect className="sea" width={W} height={H} fill={COLORS.sea} />
        <g className="ground">
          {projected.context.map((c) => (
            <path key={c.id} d={c.d} fill={COLORS.land} stroke={COLORS.landLine} strokeWidth={0.7} />
          ))}
        </g>
        {projected.cities.map((c) => {
          const { fill, opacity } = cityFill(derived, c.adcode);
          return (
            <path
              key={c.adcode}
              d={c.d}
              fill={fill}
              fillOpacity={opacity}
              stroke={c.adcode === selected ? COLORS.selected : COLORS.cityLine}
              className={c.adcode === selected ? undefined : 'city-border'}
              strokeWidth={c.adcode === selected ? 2.5 : 0.8}
              data-adcode={c.adcode}
              onClick={() => selectCity(c.adcode)}
              style={{ cursor: 'pointer' }}
            />
          );
        })}
        {projected.cities
          .filter((c) => c.adcode === focused)
          .map((c) => (
            // The keyboard's focus ring, as on the other maps (FirstPaintMap's focusRing).
            <g key="focus" className="focus-ring" fill="none" strokeLinejoin="round" pointerEvents="none">
              {FOCUS_RING.map(({ layer, color, width }) => (
                <path key={layer} d={c.d} stroke={color} strokeWidth={width} />
              ))}
            </g>
          ))}
        {labels.context.map(({ id, name, placed }) => (
          <text key={id} x={placed.x} y={placed.y} textAnchor={placed.anchor} className="static-context-label" data-id={id}>
            {name}
          </text>
        ))}
        {labels.cities.map(({ adcode, label, name, value }) => (
          <text key={adcode} x={label[0]} y={label[1]} textAnchor="middle" className="static-label">
            <tspan x={label[0]}>{name}</tspan>
            <tspan x={label[0]} dy="1.15em">
              {value}
            </tspan>
          </text>
        ))}
      </svg>
    </div>
  );
}
