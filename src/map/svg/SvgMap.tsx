/**
 * The SVG map: the map model drawn as SVG, in the WebGL map's frame (the
 * viewBox is the province's box in Web Mercator, fitted `meet` inside the same
 * padding as the WebGL map's fitBounds), so either can stand in for the other
 * without anything moving.
 *
 * It is the build's first paint (rendered into index.html, src/firstPaint),
 * which the app adopts in place; a phone's map until the reader asks to zoom
 * and pan; the map without WebGL; and the stand-in while the GPU has taken the
 * WebGL map's context away. Wherever it is shown it follows the view, answers
 * clicks, hovers and (where it is the map) the keys, and carries the cities'
 * names once their module is in.
 */
import { createContext, lazy, memo, Suspense, useContext, useLayoutEffect, useRef, useState } from 'react';
import { FOCUS_RING, GROUND, OUTLINE, STROKE } from '../../domain/palette';
import { deriveView } from '../../store/derived';
import { useDerived, useT } from '../../store/hooks';
import { useAppStore, type AppState } from '../../store/store';
import { useMapKeyboard } from '../keys/MapKeyboard';
import { MAP_PADDING, mapModel, type MapModel } from '../model';
import type { SvgMapShapes } from '../projection';

// With d3-geo, which a phone's first view does without.
const SvgMapLabels = lazy(() => import('./SvgMapLabels'));
const SvgMapDrawn = lazy(() => import('./SvgMapDrawn'));

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

/** Where the build renders the page (src/firstPaint/prerender.tsx): the SVG map's shapes, which it draws into the page. */
export const PrerenderShapes = createContext<SvgMapShapes | null>(null);

let prerendered: SVGSVGElement | null = null;

/**
 * Takes the build's map out of the page before React replaces the page's
 * content, so the same element stays on screen through the hand-over
 * (src/main.tsx). Returns whether there was one.
 */
export function takePrerenderedMap(root: Element): boolean {
  prerendered = root.querySelector<SVGSVGElement>('svg.svg-map');
  prerendered?.remove();
  return prerendered !== null;
}

/** Which SVG map this is: the first view's (a phone's map, or over the WebGL map while it starts), the map without WebGL, or the stand-in for a lost WebGL context. */
export type SvgMapKind = 'first' | 'static' | 'stand-in';

const TEST_IDS: Record<SvgMapKind, string> = { first: 'first-paint-map', static: 'static-map', 'stand-in': 'stand-in-map' };

/**
 * The SVG map in the map area. `keys`: it is the map the reader walks with
 * the keys (not while the WebGL map is taking over beneath it); `zoom`: the
 * "Zoom and pan" button, which asks for the WebGL map (`zoom.busy` once asked).
 */
export function SvgMap({ kind, keys: takesKeys, zoom }: { kind: SvgMapKind; keys: boolean; zoom: { busy: boolean } | null }) {
  const tr = useT();
  const holder = useRef<HTMLDivElement>(null);
  const [svg, setSvg] = useState<SVGSVGElement | null>(null);
  // The build's SVG, adopted once (the first SVG map to mount after main.tsx took it out of the page).
  const [adopted] = useState(() => {
    const taken = prerendered;
    prerendered = null;
    return taken;
  });
  const data = useAppStore((s) => s.data);
  const context = useAppStore((s) => s.context);
  const derived = useDerived();
  const buildShapes = useContext(PrerenderShapes);
  const keys = useMapKeyboard(null, takesKeys);
  /** Screen pixels per viewBox unit, once the holder is measured; the labels are sized by it. */
  const [scale, setScale] = useState<number | null>(null);

  useLayoutEffect(() => {
    const el = holder.current;
    if (!el || !adopted) return;
    el.prepend(adopted);
    setSvg(adopted);
    return () => adopted.remove();
  }, [adopted]);

  useLayoutEffect(() => {
    const el = holder.current;
    if (!el || !svg) return;
    const paint = () => {
      const model = modelOf(useAppStore.getState());
      if (model) paintSvgMap(svg, model);
    };
    paint();
    // The colours the page's first script set for a linked view (index.html's boot script) give way to these.
    document.documentElement.classList.remove('fp-boot');
    const unsubscribe = useAppStore.subscribe((s, prev) => {
      if (s.view !== prev.view || s.data !== prev.data || s.hoveredCity !== prev.hoveredCity || s.keyCity !== prev.keyCity || s.keyRing !== prev.keyRing) paint();
    });
    const { width, height } = svg.viewBox.baseVal;
    const measure = () => {
      const box = el.getBoundingClientRect();
      const s = Math.min((box.width - 2 * MAP_PADDING) / width, (box.height - 2 * MAP_PADDING) / height);
      setScale(s > 0 ? s : null);
    };
    const resize = new ResizeObserver(measure);
    resize.observe(el);
    return () => {
      unsubscribe();
      resize.disconnect();
      svg.querySelector('g.focus-ring')?.remove();
    };
  }, [svg]);

  useLayoutEffect(() => {
    const el = holder.current;
    if (!el) return;
    const cityAt = (e: Event) => (e.target instanceof SVGPathElement ? (e.target.dataset.adcode ?? null) : null);
    const point = (e: PointerEvent) => {
      const box = el.getBoundingClientRect();
      return { x: e.clientX - box.left, y: e.clientY - box.top };
    };
    const onMove = (e: PointerEvent) => {
      if (e.pointerType === 'mouse') useAppStore.getState().setHoveredCity(cityAt(e), point(e));
    };
    const onLeave = () => useAppStore.getState().setHoveredCity(null);
    const onClick = (e: MouseEvent) => {
      if (e.target instanceof Element && e.target.closest('button')) return;
      useAppStore.getState().selectCity(cityAt(e));
    };
    el.addEventListener('pointermove', onMove);
    el.addEventListener('pointerleave', onLeave);
    el.addEventListener('click', onClick);
    return () => {
      el.removeEventListener('pointermove', onMove);
      el.removeEventListener('pointerleave', onLeave);
      el.removeEventListener('click', onClick);
    };
  }, []);

  const ready = data.status === 'ready' ? data.data : null;
  const contextGeo = context.status === 'ready' ? context.context : null;
  return (
    <div ref={holder} className={`svg-map-holder ${kind}`} data-testid={TEST_IDS[kind]} {...keys}>
      {buildShapes && derived ? (
        <SvgMapPicture shapes={buildShapes} model={modelOf(useAppStore.getState())!} />
      ) : (
        !adopted &&
        ready && (
        <Suspense fallback={null}>
          <SvgMapDrawn geo={ready.geo} context={contextGeo} onSvg={setSvg} />
        </Suspense>
        )
      )}
      {ready && derived && scale && (
        <Suspense fallback={null}>
          <SvgMapLabels geo={ready.geo} context={contextGeo} derived={derived} scale={scale} />
        </Suspense>
      )}
      {zoom && (
        <button
          type="button"
          className="map-zoom-button"
          disabled={zoom.busy}
          title={tr('zoomMapHint')}
          onClick={() => useAppStore.getState().askWebglMap()}
          data-testid="zoom-map"
        >
          {zoom.busy ? tr('zoomMapLoading') : tr('zoomMap')}
        </button>
      )}
    </div>
  );
}
