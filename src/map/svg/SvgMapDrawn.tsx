/**
 * The SVG map drawn in the browser, where the build's copy is not on the page
 * (a wide screen, or after the first view's copy has gone): the shapes are
 * projected here, with d3-geo, in a module of its own.
 */
import { useState } from 'react';
import type { CitiesGeo, ContextGeo } from '../../data/files';
import { useAppStore } from '../../store/store';
import { svgMapShapes } from '../projection';
import { modelOf, SvgMapPicture } from './picture';

export default function SvgMapDrawn({ geo, context, onSvg }: { geo: CitiesGeo; context: ContextGeo | null; onSvg: (svg: SVGSVGElement | null) => void }) {
  const shapes = svgMapShapes(geo, context);
  // The model when first drawn; from then on the SVG map paints it (paintSvgMap).
  const [model] = useState(() => modelOf(useAppStore.getState()));
  if (!model) return null;
  return (
    <div className="svg-map-drawn" ref={(el) => onSvg(el?.querySelector('svg') ?? null)}>
      <SvgMapPicture shapes={shapes} model={model} />
    </div>
  );
}
