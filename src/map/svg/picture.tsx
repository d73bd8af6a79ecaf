/**
 * The SVG map's picture: the model's cities and ground as SVG, and the
 * painter that keeps an SVG map (the build's, adopted, or one drawn here) in
 * step with the model.
 */
import { memo } from 'react';
import { FOCUS_RING, GROUND, OUTLINE, STROKE } from '../../domain/palette';
import { deriveView } from '../../store/derived';
import type { AppState } from '../../store/store';
import { mapModel, type MapModel } from '../model';
import type { SvgMapShapes } from '../projection';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The SVG itself, with the model's fills: as the build renders it, and as the app draws it where there is no build's copy. */
export const SvgMapPicture = memo(function SvgMapPicture({ shapes, model }: { shapes: SvgMapShapes; model: MapModel }) {
  const light = GROUND.light;
  const looks = new Map(model.cities.map((c) => [c.adcode, c]));
  return (
    <svg className="svg-map" viewBox={`0 0 ${shapes.width} ${shapes.height}`} preserveAspectRatio="xMidYMid meet" aria-hidden="true" focusable="false">
      {/* The light ground as attributes (an export's); styles.css repaints it in the page's scheme. */}
      <g className="ground" fill={light.land} stroke={light.landLine} strokeWidth={STROKE.contextBorder}>
        {shapes.context.map((c) => (
          <path key={c.id} d={c.d} vectorEffect="non-scaling-stroke" />
        ))}
      </g>
      <g className="city-borders" stroke={light.cityLine} strokeWidth={STROKE.cityBorder} strokeLinejoin="round">
        {shapes.cities.map((c) => {
          const look = looks.get(c.adcode);
          return (
            <path
              key={c.adcode}
              d={c.d}
              fill={look?.fill}
              fillOpacity={look && look.opacity !== 1 ? look.opacity : undefined}
              data-adcode={c.adcode}
              vectorEffect="non-scaling-stroke"
            />
          );
        })}
      </g>
    </svg>
  );
});

/** The model of the store's view, as the SVG map draws it (null until the data is in). */
export function modelOf(s: AppState): MapModel | null {
  if (s.data.status !== 'ready') return null;
  return mapModel({
    derived: deriveView(s.data.data.dataset, s.view),
    lang: s.view.lang,
    selectedCity: s.view.city,
    hoveredCity: s.hoveredCity,
    focusedCity: s.keyRing ? s.keyCity : null,
    scheme: s.scheme,
  });
}

/**
 * Paints the model on an SVG map: each city's fill, the selected and hovered
 * cities' outlines (drawn last, so no neighbour's border covers them) and the
 * keyboard's focus ring, as the WebGL map's layers draw them.
 */
export function paintSvgMap(svg: SVGSVGElement, model: MapModel): void {
  const looks = new Map(model.cities.map((c) => [c.adcode, c]));
  const paths = [...svg.querySelectorAll<SVGPathElement>('path[data-adcode]')];
  for (const p of paths) {
    const look = looks.get(p.dataset.adcode!);
    if (!look) continue;
    p.setAttribute('fill', look.fill);
    p.setAttribute('fill-opacity', String(look.opacity));
    const outline = look.selected ? { color: OUTLINE.selected, width: STROKE.selected } : look.hovered ? { color: OUTLINE.hover, width: STROKE.hover } : null;
    if (outline) {
      p.setAttribute('stroke', outline.color);
      p.setAttribute('stroke-width', String(outline.width));
    } else {
      p.removeAttribute('stroke');
      p.removeAttribute('stroke-width');
    }
  }
  // Outlined cities last, so no neighbour's border covers them; moved only when out of place (a node moved between
  // a press and its release gets no click).
  const tail = [...new Set([...paths.filter((p) => looks.get(p.dataset.adcode!)?.hovered), ...paths.filter((p) => looks.get(p.dataset.adcode!)?.selected)])];
  const group = paths[0]?.parentNode;
  const last = group ? [...group.children].slice(-tail.length) : [];
  if (group && tail.some((p, i) => last[i] !== p)) for (const p of tail) group.appendChild(p);
  const focused = paths.find((p) => looks.get(p.dataset.adcode!)?.focused);
  let ring = svg.querySelector<SVGGElement>('g.focus-ring');
  if (!focused) return ring?.remove();
  if (!ring) {
    ring = document.createElementNS(SVG_NS, 'g');
    for (const [k, v] of Object.entries({ class: 'focus-ring', 'pointer-events': 'none', fill: 'none', 'stroke-linejoin': 'round' })) ring.setAttribute(k, v);
    for (const { color, width } of FOCUS_RING) {
      const p = document.createElementNS(SVG_NS, 'path');
      for (const [k, v] of Object.entries({ stroke: color, 'stroke-width': String(width), 'vector-effect': 'non-scaling-stroke' })) p.setAttribute(k, v);
      ring.append(p);
    }
  }
  for (const p of ring.children) p.setAttribute('d', focused.getAttribute('d') ?? '');
  svg.append(ring);
}

