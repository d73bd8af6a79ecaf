/**
 * The SVG map's picture: the model's cities and ground as SVG, and the
 * painter that keeps an SVG map (the build's, adopted, or one drawn here) in
 * step with the model.
 */
import { memo } from 'react';
import { FOCUS_RING, GROUND, OUTLINE, REGIONAL_LINE, STROKE } from '../../domain/palette';
import { deriveView } from '../../store/derived';
import type { AppState } from '../../store/store';
import { mapModel, type MapModel } from '../model';
import type { SvgMapShapes } from '../projection';
import { svgElement } from '../svgElement';

/** The SVG itself, with the model's fills: as the build renders it, and as the app draws it where there is no build's copy. */
export const SvgMapPicture = memo(function SvgMapPicture({ shapes, model }: { shapes: SvgMapShapes; model: MapModel }) {
  const light = GROUND.light;
  const looks = new Map(model.cities.map((c) => [c.adcode, c]));
  return (
    <svg className="svg-map" viewBox={`0 0 ${shapes.width} ${shapes.height}`} preserveAspectRatio="xMidYMid meet" aria-hidden="true" focusable="false">
      {/*
        The sea, past the frame on every side (the land's edges run past it too). Its edges are drawn without
        antialiasing, which changes no pixel of an axis-aligned rectangle but tells Chromium the picture has
        unantialiased paint: it then rasterises the map's tiles without MSAA, which on a software GPU made the
        phone's first frame 150-250 ms slower (docs/performance.md, fifth look).
      */}
      <rect className="sea" x={-shapes.width} y={-shapes.height} width={3 * shapes.width} height={3 * shapes.height} fill={light.sea} shapeRendering="crispEdges" />
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
    comparedCities: s.view.compare ?? [],
    hoveredCity: s.hoveredCity,
    focusedCity: s.keyRing ? s.keyCity : null,
    scheme: s.scheme,
  });
}

/**
 * Paints the model on an SVG map, as the WebGL map's layers draw it: each
 * city's fill, the hovered and selected outlines, the dashed outline of a
 * city reached only through a region term, and the keyboard's focus ring.
 */
export function paintSvgMap(svg: SVGSVGElement, model: MapModel): void {
  const looks = new Map(model.cities.map((c) => [c.adcode, c]));
  const paths = [...svg.querySelectorAll<SVGPathElement>('path[data-adcode]')].map((path) => ({ path, look: looks.get(path.dataset.adcode!) }));
  for (const { path, look } of paths) {
    if (!look) continue;
    path.setAttribute('fill', look.fill);
    path.setAttribute('fill-opacity', String(look.opacity));
    const outline = look.selected ? { color: OUTLINE.selected, width: STROKE.selected } : look.hovered ? { color: OUTLINE.hover, width: STROKE.hover } : null;
    if (outline) {
      path.setAttribute('stroke', outline.color);
      path.setAttribute('stroke-width', String(outline.width));
    } else {
      path.removeAttribute('stroke');
      path.removeAttribute('stroke-width');
    }
  }
  const cities = paths[0]?.path.parentNode;
  if (!cities) return;
  // Outlined cities last, so no neighbour's border covers them; moved only when out of place (a node moved
  // between a press and its release gets no click).
  const tail = [...paths.filter((p) => p.look?.hovered && !p.look.selected), ...paths.filter((p) => p.look?.selected)].map((p) => p.path);
  const last = [...cities.children].slice(-tail.length);
  if (tail.some((p, i) => last[i] !== p)) for (const p of tail) cities.appendChild(p);
  paintRegionalLines(svg, cities, paths.filter((p) => p.look?.regional).map((p) => p.path));
  paintFocusRing(svg, paths.find((p) => p.look?.focused)?.path ?? null);
}

/** The dashed outlines over the fills, one per city reached only through a region term; redrawn only when that set changes. */
function paintRegionalLines(svg: SVGSVGElement, cities: ParentNode, regional: SVGPathElement[]): void {
  let lines = svg.querySelector<SVGGElement>('g.regional-lines');
  if (!regional.length) return lines?.remove();
  lines ??= svgElement('g', {
    class: 'regional-lines',
    'pointer-events': 'none',
    fill: 'none',
    stroke: REGIONAL_LINE.color,
    'stroke-opacity': REGIONAL_LINE.opacity,
    'stroke-width': REGIONAL_LINE.width,
    'stroke-dasharray': REGIONAL_LINE.dash.map((d) => d * REGIONAL_LINE.width).join(' '),
  });
  if (!lines.isConnected) (cities as Element).after(lines);
  const codes = regional.map((p) => p.dataset.adcode!);
  if ([...lines.children].map((c) => c.getAttribute('data-city')).join() === codes.join()) return;
  lines.replaceChildren(...regional.map((p) => svgElement('path', { d: p.getAttribute('d') ?? '', 'data-city': p.dataset.adcode!, 'vector-effect': 'non-scaling-stroke' })));
}

/** The keyboard's focus ring: the focused city's outline again, on top, in the ring's colours. */
function paintFocusRing(svg: SVGSVGElement, focused: SVGPathElement | null): void {
  let ring = svg.querySelector<SVGGElement>('g.focus-ring');
  if (!focused) return ring?.remove();
  if (!ring) {
    ring = svgElement('g', { class: 'focus-ring', 'pointer-events': 'none', fill: 'none', 'stroke-linejoin': 'round' });
    for (const { color, width } of FOCUS_RING) ring.append(svgElement('path', { stroke: color, 'stroke-width': width, 'vector-effect': 'non-scaling-stroke' }));
  }
  for (const p of ring.children) p.setAttribute('d', focused.getAttribute('d') ?? '');
  svg.append(ring);
}
