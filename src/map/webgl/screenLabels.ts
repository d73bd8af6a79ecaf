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
 * (snapshot.ts); printing draws these names into the printed picture
 * (`drawLabels`).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { CitiesGeo, ContextGeo } from '../../data/files';
import { LABEL, LABEL_TYPE } from '../../domain/palette';
import type { Lang } from '../../domain/types';
import type { Derived } from '../../store/derived';
import { mapLabels, textWidth } from '../labels';
import type { ProjectedMap } from '../projection';
import { CITY_LABEL_SIZE_BY_ZOOM, mapFonts } from './style';

const SVG = 'http://www.w3.org/2000/svg';

/** What the labels say: the cities and neighbours, the view's counts, the language. */
export interface LabelInputs {
  geo: CitiesGeo;
  context: ContextGeo | null;
  derived: Derived;
  lang: Lang;
}

/** The part of a maplibre map the labels use. */
export type LabelledMap = Pick<MapLibreMap, 'getContainer' | 'getZoom' | 'project' | 'on' | 'off'>;

/** The city labels' size at a zoom, as the exported map's symbol layer sets it (style.ts). */
export function cityLabelSize(zoom: number): number {
  const [z0, s0, z1, s1] = CITY_LABEL_SIZE_BY_ZOOM;
  const t = Math.min(1, Math.max(0, (zoom - z0) / (z1 - z0)));
  return s0 + (s1 - s0) * t;
}

type Placement = ReturnType<typeof mapLabels> & { sizes: { city: number; context: number; lineHeight: number } };

const round = (n: number) => Math.round(n * 10) / 10;

function setAttr(el: Element, name: string, value: string) {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

function setText(el: Element, text: string) {
  if (el.textContent !== text) el.textContent = text;
}

export class ScreenLabels {
  /** The layer of text over the canvas (aria-hidden: the ranking and the cities' buttons carry the names for assistive technology). */
  readonly svg: SVGSVGElement;
  private readonly cityGroup: SVGGElement;
  private readonly contextGroup: SVGGElement;
  private readonly cities = new Map<string, { text: SVGTextElement; name: SVGTSpanElement; value: SVGTSpanElement }>();
  private readonly context = new Map<string, SVGTextElement>();
  private inputs: LabelInputs | null = null;
  /** Where the labels were last placed (printing draws them from it). */
  private placed: Placement | null = null;
  /** Each text's width at 1 px in the labels' font, as the browser sets it (measured once). */
  private readonly widths = new Map<string, number>();
  private readonly ruler: SVGTextElement;

  constructor(private readonly map: LabelledMap) {
    const el = (name: string) => document.createElementNS(SVG, name);
    this.svg = el('svg') as SVGSVGElement;
    this.svg.setAttribute('class', 'map-labels');
    this.svg.setAttribute('aria-hidden', 'true');
    this.svg.setAttribute('focusable', 'false');
    this.svg.setAttribute('data-testid', 'map-labels');
    // The neighbours' names under the cities', as on every drawn map.
    this.contextGroup = el('g') as SVGGElement;
    this.contextGroup.setAttribute('font-size', String(LABEL_TYPE.context));
    this.contextGroup.setAttribute('stroke-width', String(2 * LABEL_TYPE.contextHalo));
    this.cityGroup = el('g') as SVGGElement;
    // maplibre's halo is drawn outside the glyph; a centred stroke needs twice its width.
    this.cityGroup.setAttribute('stroke-width', String(2 * LABEL_TYPE.cityHalo));
    // Measures text in the labels' font, unseen (font-size 100: whole-pixel rounding is lost in the division).
    this.ruler = el('text') as SVGTextElement;
    this.ruler.setAttribute('font-size', '100');
    this.ruler.setAttribute('visibility', 'hidden');
    this.svg.append(this.contextGroup, this.cityGroup, this.ruler);
    map.getContainer().append(this.svg);
    map.on('render', this.place);
  }

  /** Shows the labels for what the map shows now, and keeps them placed in every frame. */
  show(inputs: LabelInputs): void {
    this.inputs = inputs;
    const family = mapFonts(inputs.lang).map((f) => `"${f}"`).join(', ');
    if (this.svg.getAttribute('font-family') !== family) {
      this.svg.setAttribute('font-family', family);
      this.widths.clear();
    }
    this.place();
  }

  remove(): void {
    this.map.off('render', this.place);
    this.svg.remove();
    this.inputs = null;
  }

  /**
   * A text's width at a size, as the browser sets it in the labels' font (so
   * the collision is that of the glyphs drawn, as maplibre's is); the
   * estimate where the browser cannot measure.
   */
  private readonly measure = (text: string, size: number): number => {
    let perPx = this.widths.get(text);
    if (perPx === undefined) {
      this.ruler.textContent = text;
      const length = typeof this.ruler.getComputedTextLength === 'function' ? this.ruler.getComputedTextLength() : 0;
      perPx = length > 0 ? length / 100 : textWidth(text, 1);
      this.ruler.textContent = '';
      this.widths.set(text, perPx);
    }
    return perPx * size;
  };

  /** Places every label where the map draws its point now. */
  readonly place = (): void => {
    const inputs = this.inputs;
    if (!inputs) return;
    const { geo, context, derived, lang } = inputs;
    const container = this.map.getContainer();
    const at = (lon: number, lat: number): [number, number] => {
      const p = this.map.project([lon, lat]);
      return [round(p.x), round(p.y)];
    };
    const projected: ProjectedMap = {
      cities: geo.features.map((f) => ({ adcode: f.properties.adcode, d: '', label: at(f.properties.label_lon, f.properties.label_lat) })),
      context: (context?.features ?? []).map((f) => ({
        id: f.properties.id,
        d: '',
        label: at(f.properties.label_lon, f.properties.label_lat),
        kind: f.properties.kind,
        names: { ja: f.properties.name_ja, zh: f.properties.name_zh, en: f.properties.name_en },
      })),
    };
    const sizes = { city: round(cityLabelSize(this.map.getZoom())), context: LABEL_TYPE.context, lineHeight: LABEL_TYPE.lineHeight };
    const bounds = { x0: 0, y0: 0, x1: container.clientWidth, y1: container.clientHeight };
    const placed = { ...mapLabels(projected, derived, lang, sizes, bounds, true, this.measure), sizes };
    this.placed = placed;
    this.draw(placed);
  };

  private draw({ cities, context, sizes }: Placement) {
    setAttr(this.cityGroup, 'font-size', String(sizes.city));
    const shown = new Set<string>();
    for (const { adcode, label, name, value } of cities) {
      const el = this.cities.get(adcode) ?? this.addCity(adcode);
      shown.add(adcode);
      setText(el.name, name);
      setText(el.value, value);
      setAttr(el.text, 'transform', `translate(${label[0]} ${label[1]})`);
      setAttr(el.text, 'display', 'inline');
    }
    for (const [adcode, el] of this.cities) if (!shown.has(adcode)) setAttr(el.text, 'display', 'none');
    shown.clear();
    for (const { id, name, placed } of context) {
      const el = this.context.get(id) ?? this.addContext(id);
      shown.add(id);
      setText(el, name);
      setAttr(el, 'transform', `translate(${round(placed.x)} ${round(placed.y)})`);
      setAttr(el, 'text-anchor', placed.anchor);
      setAttr(el, 'display', 'inline');
    }
    for (const [id, el] of this.context) if (!shown.has(id)) setAttr(el, 'display', 'none');
  }

  private addCity(adcode: string) {
    const text = document.createElementNS(SVG, 'text');
    text.setAttribute('class', 'svg-map-label');
    text.setAttribute('text-anchor', 'middle');
    text.setAttribute('fill', LABEL.color);
    text.setAttribute('stroke', LABEL.halo);
    text.setAttribute('stroke-opacity', String(LABEL.haloOpacity));
    text.setAttribute('data-adcode', adcode);
    const name = document.createElementNS(SVG, 'tspan');
    name.setAttribute('x', '0');
    const value = document.createElementNS(SVG, 'tspan');
    value.setAttribute('x', '0');
    value.setAttribute('dy', `${LABEL_TYPE.lineHeight}em`);
    value.setAttribute('font-size', `${LABEL_TYPE.valueScale}em`);
    text.append(name, value);
    this.cityGroup.append(text);
    const el = { text, name, value };
    this.cities.set(adcode, el);
    return el;
  }

  private addContext(id: string) {
    const text = document.createElementNS(SVG, 'text');
    text.setAttribute('class', 'svg-map-context-label');
    text.setAttribute('data-id', id);
    this.contextGroup.append(text);
    this.context.set(id, text);
    return text;
  }

  /**
   * Draws the labels as last placed into a 2D context whose pixels are
   * `ratio` times the map's (printing: the map's picture is its canvas, which
   * has no names of its own).
   */
  drawLabels(ctx: CanvasRenderingContext2D, ratio: number): void {
    const placed = this.placed;
    if (!placed || !this.inputs) return;
    const family = mapFonts(this.inputs.lang).map((f) => `"${f}"`).join(', ');
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
    const contextStyle = (id: string) => {
      const el = this.context.get(id);
      const style = el ? getComputedStyle(el) : null;
      return { fill: style?.fill ?? LABEL.color, halo: style?.stroke ?? LABEL.halo };
    };
    for (const { id, name, placed: p } of placed.context) {
      const { fill, halo } = contextStyle(id);
      ctx.textAlign = p.anchor === 'middle' ? 'center' : p.anchor === 'start' ? 'left' : 'right';
      write(name, p.x, p.y, placed.sizes.context, fill, halo, 2 * LABEL_TYPE.contextHalo);
    }
    ctx.textAlign = 'center';
    const halo = `rgba(255,255,255,${LABEL.haloOpacity})`;
    const { city, lineHeight } = placed.sizes;
    for (const { label, name, value } of placed.cities) {
      write(name, label[0], label[1], city, LABEL.color, halo, 2 * LABEL_TYPE.cityHalo);
      // The value's line is its own size's line height below (the SVG's `dy` in the value's ems).
      write(value, label[0], label[1] + city * LABEL_TYPE.valueScale * lineHeight, city * LABEL_TYPE.valueScale, LABEL.color, halo, 2 * LABEL_TYPE.cityHalo);
    }
    ctx.restore();
  }
}
