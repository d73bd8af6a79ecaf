/**
 * The SVG map: the choropleth rendered into index.html at build time
 * (src/firstPaint/prerender.tsx), so a reader sees the coloured map before any
 * script has run. React adopts the same element, which then follows the view,
 * outlines the selected city and answers clicks and hovers as the WebGL map
 * does, with the cities' names laid over it.
 *
 * On a phone-sized screen it is the map until the reader asks to zoom and pan
 * (src/map/webgl/start.ts); elsewhere, and once asked, it stays until the WebGL map
 * has drawn underneath.
 *
 * Its frame is the WebGL map's: the viewBox is the province's bounds in Web
 * Mercator, fitted (`meet`) inside the same 16 px padding as the map's
 * fitBounds, so the hand-over does not move anything.
 */
import { lazy, Suspense, useLayoutEffect, useRef, useState } from 'react';
import type { projectToBounds } from '../projection';
import { COLORS, FOCUS_RING } from '../webgl/style';
import { cityFill, deriveView, type Derived } from '../../store/derived';
import { useAppStore } from '../../store/store';
import { useDerived, useT } from '../../panels/hooks';
import { useMapKeyboard } from '../keys/MapKeyboard';

// With d3-geo, which a phone's first view otherwise does without.
const SvgMapLabels = lazy(() => import('./SvgMapLabels'));

/** The map in the WebGL map's frame, as the build projects it (projectToBounds). */
export type FirstPaintShapes = ReturnType<typeof projectToBounds>;

/** The SVG itself, as the build renders it. */
export function FirstPaintSvg({ shapes, derived }: { shapes: FirstPaintShapes; derived: Derived }) {
  return (
    <svg
      className="first-paint-map"
      viewBox={`0 0 ${shapes.width} ${shapes.height}`}
      preserveAspectRatio="xMidYMid meet"
      aria-hidden="true"
      focusable="false"
    >
      {/* Classes, so a dark theme can repaint the ground over these (light) attributes (styles.css). */}
      <g className="ground" fill={COLORS.land} stroke={COLORS.landLine} strokeWidth={0.7} vectorEffect="non-scaling-stroke">
        {shapes.context.map((c) => (
          <path key={c.id} d={c.d} vectorEffect="non-scaling-stroke" />
        ))}
      </g>
      <g className="city-borders" stroke={COLORS.cityLine} strokeWidth={1} strokeLinejoin="round">
        {shapes.cities.map((c) => {
          const { fill, opacity } = cityFill(derived, c.adcode);
          return (
            <path key={c.adcode} d={c.d} fill={fill} fillOpacity={opacity === 1 ? undefined : opacity} data-adcode={c.adcode} vectorEffect="non-scaling-stroke" />
          );
        })}
      </g>
    </svg>
  );
}

let prerendered: SVGSVGElement | null = null;

/**
 * Takes the build's map out of the page before React replaces the page's
 * content, so the same element can stay on screen through the hand-over
 * (src/main.tsx). Returns whether there was one.
 */
export function takePrerenderedMap(root: Element): boolean {
  prerendered = root.querySelector<SVGSVGElement>('svg.first-paint-map');
  prerendered?.remove();
  return prerendered !== null;
}

/**
 * Draws the keyboard's focus ring over a city of an SVG map (the UI's focus
 * colour on a white halo, as the WebGL map's focus layers), or removes it.
 */
export function focusRing(svg: SVGSVGElement): (city: SVGPathElement | null) => void {
  const group = document.createElementNS('http://www.w3.org/2000/svg', 'g');
  for (const [k, v] of Object.entries({ class: 'focus-ring', 'pointer-events': 'none', fill: 'none', 'stroke-linejoin': 'round' })) group.setAttribute(k, v);
  for (const { color, width } of FOCUS_RING) {
    const p = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    for (const [k, v] of Object.entries({ stroke: color, 'stroke-width': String(width), 'vector-effect': 'non-scaling-stroke' })) p.setAttribute(k, v);
    group.append(p);
  }
  return (city) => {
    if (!city) return group.remove();
    for (const p of group.children) p.setAttribute('d', city.getAttribute('d') ?? '');
    svg.append(group);
  };
}

/** The selected city's outline, as on the WebGL map. */
const SELECTED = { stroke: '#1a1a1a', width: '2.5' };

/**
 * Holds the build's SVG in the map area: it follows the view (colours and the
 * selected city), a click or a hover on a city works on it as on the map, and
 * the cities' names are laid over it once their module is in.
 */
export function FirstPaintMap() {
  const tr = useT();
  const holder = useRef<HTMLDivElement>(null);
  const webglMap = useAppStore((s) => s.webglMap);
  const data = useAppStore((s) => s.data);
  const context = useAppStore((s) => s.context);
  const derived = useDerived();
  // Where it is the map (no WebGL map asked for yet), it takes the keys and is named as the map is.
  const keys = useMapKeyboard(null, !webglMap);
  /** Screen pixels per viewBox unit, once the holder is measured; the labels are sized by it. */
  const [scale, setScale] = useState<number | null>(null);

  useLayoutEffect(() => {
    const el = holder.current;
    const svg = prerendered;
    if (!el || !svg) return;
    el.prepend(svg);
    const paths = [...svg.querySelectorAll<SVGPathElement>('path[data-adcode]')];
    const { width, height } = svg.viewBox.baseVal;
    const paint = () => {
      const { data, view } = useAppStore.getState();
      if (data.status !== 'ready') return;
      const derived = deriveView(data.data.dataset, view);
      for (const p of paths) {
        const code = p.dataset.adcode!;
        const { fill, opacity } = cityFill(derived, code);
        p.setAttribute('fill', fill);
        p.setAttribute('fill-opacity', String(opacity));
        if (code === view.city) {
          p.setAttribute('stroke', SELECTED.stroke);
          p.setAttribute('stroke-width', SELECTED.width);
          // Drawn last, so no neighbour's border covers its outline.
          p.parentNode?.appendChild(p);
        } else {
          p.removeAttribute('stroke');
          p.removeAttribute('stroke-width');
        }
      }
    };
    paint();
    // The colours the page's first script set for a linked view (index.html's boot script) give way to these.
    document.documentElement.classList.remove('fp-boot');
    // The keyboard's focus ring (src/map/keys/mapKeys.ts): the city's outline again, on top, as on the WebGL map.
    const ring = focusRing(svg);
    const unsubscribe = useAppStore.subscribe((s, prev) => {
      if (s.view !== prev.view || s.data !== prev.data) paint();
      if (s.keyCity !== prev.keyCity || s.keyRing !== prev.keyRing)
        ring(s.keyRing ? (paths.find((p) => p.dataset.adcode === s.keyCity) ?? null) : null);
    });
    // The map's padding (styles.css) is 16 px on each side.
    const measure = () => {
      const box = el.getBoundingClientRect();
      const s = Math.min((box.width - 32) / width, (box.height - 32) / height);
      setScale(s > 0 ? s : null);
    };
    const resize = new ResizeObserver(measure);
    resize.observe(el);
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
      unsubscribe();
      ring(null);
      resize.disconnect();
      el.removeEventListener('pointermove', onMove);
      el.removeEventListener('pointerleave', onLeave);
      el.removeEventListener('click', onClick);
      svg.remove();
    };
  }, []);

  const ready = data.status === 'ready' ? data.data : null;
  return (
    <div
      ref={holder}
      className="first-paint-holder"
      data-testid="first-paint-map"
      {...keys}
    >
      {ready && derived && scale && (
        <Suspense fallback={null}>
          <SvgMapLabels geo={ready.geo} context={context.status === 'ready' ? context.context : null} derived={derived} scale={scale} />
        </Suspense>
      )}
      <button
        type="button"
        className="map-zoom-button"
        disabled={webglMap}
        title={tr('zoomMapHint')}
        onClick={() => useAppStore.getState().setWebglMap(true)}
        data-testid="zoom-map"
      >
        {webglMap ? tr('zoomMapLoading') : tr('zoomMap')}
      </button>
    </div>
  );
}
