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
import { useContext, useLayoutEffect, useRef, useState } from 'react';
import { BuildSvgMap, PrerenderShapes } from './buildMap';
import { useDerived, useT } from '../../store/hooks';
import type { SvgMapShown } from '../../store/mapState';
import { lazyPart } from '../../store/lazyPart';
import { useAppStore } from '../../store/store';
import { useMapKeyboard } from '../keys/MapKeyboard';
import { svgMapScale } from '../model';
import { modelOf, paintSvgMap, SvgMapPicture } from './picture';

// With d3-geo, which a phone's first view does without.
const SvgMapLabels = lazyPart('svg-map-labels', () => import('./SvgMapLabels'), (m) => m.default).Part;
const SvgMapDrawn = lazyPart('svg-map-shapes', () => import('./SvgMapDrawn'), (m) => m.default).Part;

const TEST_IDS: Record<SvgMapShown['kind'], string> = { first: 'first-paint-map', static: 'static-map', 'stand-in': 'stand-in-map' };

/**
 * The SVG map in the map area, as the map state shows it (svgMapShown): which
 * one (the first view's, a phone's map or over the WebGL map while it starts;
 * the map without WebGL; the stand-in for a lost WebGL context), whether the
 * reader walks it with the keys, and its "Zoom and pan" button.
 */
export function SvgMap({ kind, keys: takesKeys, zoom }: SvgMapShown) {
  const tr = useT();
  const holder = useRef<HTMLDivElement>(null);
  const [svg, setSvg] = useState<SVGSVGElement | null>(null);
  // The build's SVG, adopted in place (and again by a later SVG map: the same shapes, repainted).
  const adopted = useContext(BuildSvgMap);
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
    const measure = () => setScale(svgMapScale(el.getBoundingClientRect(), width, height));
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
          <SvgMapDrawn geo={ready.geo} context={contextGeo} onSvg={setSvg} />
        )
      )}
      {ready && derived && scale && (
        <SvgMapLabels geo={ready.geo} context={contextGeo} derived={derived} scale={scale} />
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
