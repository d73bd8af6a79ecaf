/**
 * The cities' names and values, and the neighbours' names, over the SVG map
 * (FirstPaintMap), in the same frame and at the WebGL map's type sizes: a
 * label that would overlap a more-targeted city's is left out, as the WebGL
 * map's collision does on a small screen.
 */
import { useEffect, useMemo } from 'react';
import type { CitiesGeo, ContextGeo } from '../../data/files';
import { svgMapShapes } from '../projection';
import { mapLabels } from '../labels';
import { LABEL, LABEL_TYPE } from '../../domain/palette';
import type { Derived } from '../../store/derived';
import { useLang } from '../../store/hooks';

const SIZES = { city: LABEL_TYPE.city, context: LABEL_TYPE.contextSvg, lineHeight: LABEL_TYPE.lineHeight };

export default function SvgMapLabels(props: { geo: CitiesGeo; context: ContextGeo | null; derived: Derived; scale: number }) {
  const { geo, context, derived, scale } = props;
  const lang = useLang();
  const projected = svgMapShapes(geo, context);
  // In viewBox units: a pixel is 1 / scale of them.
  const sizes = useMemo(() => ({ city: SIZES.city / scale, context: SIZES.context / scale, lineHeight: SIZES.lineHeight }), [scale]);
  const labels = useMemo(
    () => mapLabels(projected, derived, lang, sizes, { x0: 0, y0: 0, x1: projected.width, y1: projected.height }, true),
    [projected, derived, lang, sizes],
  );
  // maplibre's halo is drawn outside the glyph; a centred stroke needs twice its width.
  const halo = (2 * LABEL_TYPE.cityHalo) / scale;
  // The SVG map is labelled and answers taps (the benchmark's phone loads wait for this).
  useEffect(() => void (performance.getEntriesByName('gd:svg-map-labelled').length || performance.mark('gd:svg-map-labelled')), []);
  return (
    <svg
      className="svg-map svg-map-labels"
      viewBox={`0 0 ${projected.width} ${projected.height}`}
      preserveAspectRatio="xMidYMid meet"
      aria-hidden="true"
      focusable="false"
      data-testid="svg-map-labels"
    >
      {labels.context.map(({ id, name, placed }) => (
        <text key={id} x={placed.x} y={placed.y} textAnchor={placed.anchor} fontSize={sizes.context} strokeWidth={(2 * LABEL_TYPE.contextHalo) / scale} className="svg-map-context-label" data-id={id}>
          {name}
        </text>
      ))}
      {labels.cities.map(({ adcode, label, name, value }) => (
        <text key={adcode} x={label[0]} y={label[1]} textAnchor="middle" fontSize={sizes.city} strokeWidth={halo} className="svg-map-label" fill={LABEL.color} stroke={LABEL.halo} strokeOpacity={LABEL.haloOpacity} data-adcode={adcode}>
          <tspan x={label[0]}>{name}</tspan>
          <tspan x={label[0]} dy={`${SIZES.lineHeight}em`} fontSize={sizes.city * LABEL_TYPE.valueScale}>
            {value}
          </tspan>
        </text>
      ))}
    </svg>
  );
}
