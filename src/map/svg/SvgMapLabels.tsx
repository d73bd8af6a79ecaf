/**
 * The cities' names and values, and the neighbours' names, over the SVG map
 * (FirstPaintMap), in the same frame and at the WebGL map's type sizes: a
 * label that would overlap a more-targeted city's is left out, as the WebGL
 * map's collision does on a small screen.
 */
import { useEffect, useMemo } from 'react';
import type { CitiesGeo, ContextGeo } from '../../data/files';
import { projectToBounds } from '../projection';
import { mapLabels } from '../labels';
import { GUANGDONG_BOUNDS } from '../webgl/style';
import type { Derived } from '../../store/derived';
import { useLang } from '../../panels/hooks';

/** Type sizes in screen pixels. */
const SIZES = { city: 11, context: 10.5, lineHeight: 1.15 };

export default function SvgMapLabels(props: { geo: CitiesGeo; context: ContextGeo | null; derived: Derived; scale: number }) {
  const { geo, context, derived, scale } = props;
  const lang = useLang();
  const projected = useMemo(() => projectToBounds(geo, context, GUANGDONG_BOUNDS), [geo, context]);
  // In viewBox units: a pixel is 1 / scale of them.
  const sizes = useMemo(() => ({ city: SIZES.city / scale, context: SIZES.context / scale, lineHeight: SIZES.lineHeight }), [scale]);
  const labels = useMemo(
    () => mapLabels(projected, derived, lang, sizes, { x0: 0, y0: 0, x1: projected.width, y1: projected.height }, true),
    [projected, derived, lang, sizes],
  );
  // maplibre's halo of 1.4 px is drawn outside the glyph; a centred stroke needs twice that.
  const halo = 2.8 / scale;
  // The SVG map is labelled and answers taps (the benchmark's phone loads wait for this).
  useEffect(() => void (performance.getEntriesByName('gd:svg-map-labelled').length || performance.mark('gd:svg-map-labelled')), []);
  return (
    <svg
      className="first-paint-map svg-map-labels"
      viewBox={`0 0 ${projected.width} ${projected.height}`}
      preserveAspectRatio="xMidYMid meet"
      aria-hidden="true"
      focusable="false"
      data-testid="svg-map-labels"
    >
      {labels.context.map(({ id, name, placed }) => (
        <text key={id} x={placed.x} y={placed.y} textAnchor={placed.anchor} fontSize={sizes.context} strokeWidth={halo} className="svg-map-context-label" data-id={id}>
          {name}
        </text>
      ))}
      {labels.cities.map(({ adcode, label, name, value }) => (
        <text key={adcode} x={label[0]} y={label[1]} textAnchor="middle" fontSize={sizes.city} strokeWidth={halo} className="svg-map-label" data-adcode={adcode}>
          <tspan x={label[0]}>{name}</tspan>
          <tspan x={label[0]} dy={`${SIZES.lineHeight}em`} fontSize={sizes.city * 0.92}>
            {value}
          </tspan>
        </text>
      ))}
    </svg>
  );
}
