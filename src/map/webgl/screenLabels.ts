/**
 * The screen map's names as page text over the WebGL canvas: each city's
 * name and value, and the neighbours' names, placed in every frame the map
 * draws (its `render` event, in the same animation frame, so they move with
 * the map) by the rules every drawn map shares (src/map/labels.ts: a city's
 * label is left out where a more-targeted city's is in the way; a
 * neighbour's name moves beside its point rather than under a city's).
 *
 * Text, not a symbol layer: a symbol layer's first frame links its shader,
 * creates the page's 2D canvas and rasterises every glyph on the main
 * thread, the costliest part of the desktop's first view on software WebGL
 * (docs/performance.md); the browser draws this text as it draws the page's
 * own, in the page's font. The exported PNG's map keeps its symbol layers
 * (exportLabels.ts); printing draws these names into the printed picture
 * (`drawLabels`).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { CitiesGeo, ContextGeo } from '../../data/files';
import { LABEL, LABEL_TYPE } from '../../domain/palette';
import type { Lang } from '../../domain/types';
import type { Derived } from '../../store/derived';
import { mapLabels, textWidth } from '../labels';
import type { ProjectedMap } from '../projection';
import { svgElement } from '../svgElement';
import { CITY_LABEL_BY_ZOOM, LABEL_HALO_RGBA, mapFonts } from './style';

/** What the labels say: the cities and neighbours, the view's counts, the language. */
export interface LabelInputs {
  geo: CitiesGeo;
  context: ContextGeo | null;
  derived: Derived;
  lang: Lang;
}

/** The part of a maplibre map the labels use. */
export type LabelledMap = Pick<MapLibreMap, 'getContainer' | 'getZoom' | 'project' | 'on' | 'off'>;

/** The city labels' size at a zoom, as the exported map's symbol layer sets it (exportLabels.ts). */
export function cityLabelSize(zoom: number): number {
  const [z0, s0, z1, s1] = CITY_LABEL_BY_ZOOM;
  const t = Math.min(1, Math.max(0, (zoom - z0) / (z1 - z0)));
  return s0 + (s1 - s0) * t;
}

type Placement = ReturnType<typeof mapLabels> & { sizes: { city: number; context: number; lineHeight: number } };

const round = (n: number) => Math.round(n * 10) / 10;

function setAttr(el: Element, name: string, value: string) {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

const fontFamily = (lang: Lang) => mapFonts(lang).map((f) => `"${f}"`).join(', ');

/** The names over a map: shown for what the map shows (`show`), placed in each frame it draws until `remove`. */
export function screenLabels(map: LabelledMap) {
  // The layer of text over the canvas (aria-hidden: the ranking and the cities' buttons carry the names for assistive technology).
  const svg = svgElement('svg', { class: 'map-labels', 'aria-hidden': 'true', focusable: 'false', 'data-testid': 'map-labels' });
  // The neighbours' names under the cities', as on every drawn map. maplibre's halo is drawn outside the glyph; a
  // centred stroke needs twice its width.
  const contextGroup = svgElement('g', { 'font-size': LABEL_TYPE.context, 'stroke-width': 2 * LABEL_TYPE.contextHalo });
  const cityGroup = svgElement('g', { 'stroke-width': 2 * LABEL_TYPE.cityHalo });
  // Measures text in the labels' font, unseen (at 100 px: whole-pixel rounding is lost in the division).
  const ruler = svgElement('text', { 'font-size': 100, visibility: 'hidden' });
  svg.append(contextGroup, cityGroup, ruler);
  map.getContainer().append(svg);
  const cities = new Map<string, SVGTextElement>();
  const context = new Map<string, SVGTextElement>();
  /** Each text's width at 1 px in the labels' font, as the browser sets it (measured once). */
  const widths = new Map<string, number>();
  let inputs: LabelInputs | null = null;
  /** Where the labels were last placed (printing draws them from it). */
  let placed: Placement | null = null;

  /**
   * A text's width at a size, as the browser sets it in the labels' font (so
   * the collision is that of the glyphs drawn, as maplibre's is); the
   * estimate where the browser cannot measure.
   */
  const measure = (text: string, size: number): number => {
    let perPx = widths.get(text);
    if (perPx === undefined) {
      ruler.textContent = text;
      const length = typeof ruler.getComputedTextLength === 'function' ? ruler.getComputedTextLength() : 0;
      perPx = length > 0 ? length / 100 : textWidth(text, 1);
      ruler.textContent = '';
      widths.set(text, perPx);
    }
    return perPx * size;
  };

  /** The text element of a label, made the first time it shows. */
  const element = (labels: Map<string, SVGTextElement>, key: string, make: () => SVGTextElement) => {
    let el = labels.get(key);
    if (!el) labels.set(key, (el = make()));
    return el;
  };

  /** Places every label where the map draws its point now. */
  const place = () => {
    if (!inputs) return;
    const { geo, context: neighbours, derived, lang } = inputs;
    const container = map.getContainer();
    const at = (lon: number, lat: number): [number, number] => {
      const p = map.project([lon, lat]);
      return [round(p.x), round(p.y)];
    };
    const projected: ProjectedMap = {
      cities: geo.features.map((f) => ({ adcode: f.properties.adcode, d: '', label: at(f.properties.label_lon, f.properties.label_lat) })),
      context: (neighbours?.features ?? []).map((f) => ({
        id: f.properties.id,
        d: '',
        label: at(f.properties.label_lon, f.properties.label_lat),
        kind: f.properties.kind,
        names: { ja: f.properties.name_ja, zh: f.properties.name_zh, en: f.properties.name_en },
      })),
    };
    const sizes = { city: round(cityLabelSize(map.getZoom())), context: LABEL_TYPE.context, lineHeight: LABEL_TYPE.lineHeight };
    placed = { ...mapLabels(projected, derived, lang, sizes, { x0: 0, y0: 0, x1: container.clientWidth, y1: container.clientHeight }, true, measure), sizes };
    setAttr(cityGroup, 'font-size', String(sizes.city));
    const shown = new Set<SVGTextElement>();
    for (const { adcode, label, name, value } of placed.cities) {
      const el = element(cities, adcode, () => {
        const text = svgElement('text', {
          class: 'svg-map-label',
          'text-anchor': 'middle',
          fill: LABEL.color,
          stroke: LABEL.halo,
          'stroke-opacity': LABEL.haloOpacity,
          'data-adcode': adcode,
        });
        // The count a line below the name, in its own size's ems.
        text.append(svgElement('tspan', { x: 0 }), svgElement('tspan', { x: 0, dy: `${LABEL_TYPE.lineHeight}em`, 'font-size': `${LABEL_TYPE.valueScale}em` }));
        return cityGroup.appendChild(text);
      });
      const [nameLine, valueLine] = el.children;
      if (nameLine!.textContent !== name) nameLine!.textContent = name;
      if (valueLine!.textContent !== value) valueLine!.textContent = value;
      setAttr(el, 'transform', `translate(${label[0]} ${label[1]})`);
      shown.add(el);
    }
    for (const { id, name, placed: p } of placed.context) {
      const el = element(context, id, () => contextGroup.appendChild(svgElement('text', { class: 'svg-map-context-label', 'data-id': id })));
      if (el.textContent !== name) el.textContent = name;
      setAttr(el, 'transform', `translate(${round(p.x)} ${round(p.y)})`);
      setAttr(el, 'text-anchor', p.anchor);
      shown.add(el);
    }
    for (const el of [...cities.values(), ...context.values()]) setAttr(el, 'display', shown.has(el) ? 'inline' : 'none');
  };
  map.on('render', place);

  return {
    svg,
    /** Shows the labels for what the map shows now (nothing to do where their text is the same), and keeps them placed in every frame. */
    show(next: LabelInputs) {
      if (inputs && next.geo === inputs.geo && next.context === inputs.context && next.derived === inputs.derived && next.lang === inputs.lang) return;
      inputs = next;
      const family = fontFamily(next.lang);
      if (svg.getAttribute('font-family') !== family) {
        svg.setAttribute('font-family', family);
        widths.clear();
      }
      place();
    },
    remove() {
      map.off('render', place);
      svg.remove();
      inputs = null;
    },
    /**
     * Draws the labels as last placed into a 2D context whose pixels are
     * `ratio` times the map's (printing: the map's picture is its canvas,
     * which has no names of its own).
     */
    drawLabels(ctx: CanvasRenderingContext2D, ratio: number) {
      if (!placed || !inputs) return;
      const family = fontFamily(inputs.lang);
      const { city, lineHeight } = placed.sizes;
      ctx.save();
      ctx.scale(ratio, ratio);
      ctx.lineJoin = 'round';
      const write = (text: string, x: number, y: number, size: number, fill: string, halo: string, width: number) => {
        ctx.font = `${size}px ${family}`;
        ctx.strokeStyle = halo;
        ctx.lineWidth = width;
        ctx.strokeText(text, x, y);
        ctx.fillStyle = fill;
        ctx.fillText(text, x, y);
      };
      for (const { id, name, placed: p } of placed.context) {
        // The neighbours' colours follow the page's scheme (styles.css).
        const el = context.get(id);
        const style = el ? getComputedStyle(el) : null;
        ctx.textAlign = p.anchor === 'middle' ? 'center' : p.anchor === 'start' ? 'left' : 'right';
        write(name, p.x, p.y, placed.sizes.context, style?.fill || LABEL.color, style?.stroke || LABEL.halo, 2 * LABEL_TYPE.contextHalo);
      }
      ctx.textAlign = 'center';
      for (const { label, name, value } of placed.cities) {
        write(name, label[0], label[1], city, LABEL.color, LABEL_HALO_RGBA, 2 * LABEL_TYPE.cityHalo);
        // The count's line is its own size's line height below (the SVG's `dy` in the count's ems).
        write(value, label[0], label[1] + city * LABEL_TYPE.valueScale * lineHeight, city * LABEL_TYPE.valueScale, LABEL.color, LABEL_HALO_RGBA, 2 * LABEL_TYPE.cityHalo);
      }
      ctx.restore();
    },
  };
}

export type ScreenLabels = ReturnType<typeof screenLabels>;
