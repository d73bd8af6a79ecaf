/**
 * Label placement for the maps drawn as SVG (the SVG map, the export page).
 * Where the SVG export writes the neighbours' names: beside their point when
 * a city's label already sits there, as the screen map's variable anchors do
 * (Macau's name moves off Zhuhai's label instead of under it). Sizes are
 * estimates from the character count: CJK characters are an em wide, others
 * about 0.6 em.
 */
import type { Lang } from '../domain/types';
import type { Derived } from '../store/derived';
import { cityValueLabel } from './model';
import type { ProjectedMap } from './projection';
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Placed {
  x: number;
  /** The baseline. */
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

/** How wide a text is at a size: the estimate below, or the browser's own measure where the text is on screen (screenLabels.ts). */
export type Measure = (text: string, size: number) => number;

export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(ch) ? 1 : 0.6;
  return em * size;
}

/** The box of text whose baseline starts at (x, y), aligned by `anchor`. */
export function textBox(x: number, y: number, width: number, size: number, anchor: Placed['anchor']): Box {
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { x0, y0: y - size * 0.9, x1: x0 + width, y1: y + size * 0.3 };
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const inside = (a: Box, bounds: Box) => a.x0 >= bounds.x0 && a.y0 >= bounds.y0 && a.x1 <= bounds.x1 && a.y1 <= bounds.y1;

/**
 * The first of the map's anchors (centre, then right of, left of, below, above
 * the point …) where the text overlaps nothing taken and stays in bounds; null
 * where none does, as the map then leaves the name out too.
 */
export function placeLabel(point: [number, number], text: string, size: number, taken: readonly Box[], bounds: Box, measure: Measure = textWidth): Placed | null {
  const [x, y] = point;
  const width = measure(text, size);
  const gap = size * 0.6;
  const middle = y + size * 0.35;
  const candidates: [number, number, Placed['anchor']][] = [
    [x, middle, 'middle'],
    [x + gap, middle, 'start'],
    [x - gap, middle, 'end'],
    [x, y + gap + size * 0.9, 'middle'],
    [x, y - gap - size * 0.3, 'middle'],
    [x + gap * 0.7, y + gap * 0.7 + size * 0.9, 'start'],
    [x + gap * 0.7, y - gap * 0.7 - size * 0.3, 'start'],
  ];
  for (const [cx, cy, anchor] of candidates) {
    const box = textBox(cx, cy, width, size, anchor);
    if (inside(box, bounds) && !taken.some((t) => overlaps(box, t))) return { x: cx, y: cy, anchor, box };
  }
  return null;
}

/** The box of a city's label: its lines centred under one another, the first on the label point's baseline. */
export function cityLabelBox(label: [number, number], lines: readonly string[], sizes: { city: number; lineHeight: number }, measure: Measure = textWidth): Box {
  const box = textBox(label[0], label[1], Math.max(...lines.map((l) => measure(l, sizes.city))), sizes.city, 'middle');
  return { ...box, y1: box.y1 + sizes.city * sizes.lineHeight * (lines.length - 1) };
}

/** The neighbours' names, placed around the city labels (each city's name above its value, centred on its label point). */
function placeContextLabels(
  cities: readonly { label: [number, number]; lines: readonly string[] }[],
  context: readonly { id: string; label: [number, number]; name: string }[],
  sizes: { city: number; context: number; lineHeight: number },
  bounds: Box,
  measure: Measure,
): { id: string; name: string; placed: Placed }[] {
  const taken: Box[] = cities.map(({ label, lines }) => cityLabelBox(label, lines, sizes, measure));
  return context.flatMap(({ id, label, name }) => {
    const placed = placeLabel(label, name, sizes.context, taken, bounds, measure);
    if (!placed) return [];
    taken.push(placed.box);
    return [{ id, name, placed }];
  });
}

/**
 * Every label of a projected map in one language: each city's name and value
 * at its label point, and the neighbours' names placed around them.
 *
 * With `fit`, a city's label is left out where it would overlap one already
 * placed, the cities taken in the ranking's order (most clusters first), as
 * the screen map's collision leaves names out on a small screen; the city
 * itself stays on the map, coloured and selectable. Text widths are
 * estimated unless `measure` gives them.
 */
export function mapLabels(
  projected: ProjectedMap,
  derived: Derived,
  lang: Lang,
  sizes: { city: number; context: number; lineHeight: number },
  bounds: Box,
  fit = false,
  measure: Measure = textWidth,
) {
  let cities = projected.cities.map((c) => ({
    adcode: c.adcode,
    label: c.label,
    name: derived.cityByCode.get(c.adcode)?.name[lang] ?? c.adcode,
    value: cityValueLabel(derived, c.adcode, lang),
  }));
  if (fit) {
    const order = new Map(derived.ranking.map((r, i) => [r.adcode, i]));
    const kept: Box[] = [];
    const fitting = new Set(
      [...cities]
        .sort((a, b) => (order.get(a.adcode) ?? Infinity) - (order.get(b.adcode) ?? Infinity))
        .filter((c) => {
          // With room around each, as the glyphs reach past the estimate (maplibre's text-padding).
          const pad = sizes.city * 0.2;
          const { x0, y0, x1, y1 } = cityLabelBox(c.label, [c.name, c.value], sizes, measure);
          const box = { x0: x0 - pad, y0: y0 - pad, x1: x1 + pad, y1: y1 + pad };
          if (kept.some((k) => overlaps(box, k))) return false;
          kept.push(box);
          return true;
        }),
    );
    cities = cities.filter((c) => fitting.has(c));
  }
  const context = placeContextLabels(
    cities.map((c) => ({ label: c.label, lines: [c.name, c.value] })),
    projected.context.map((c) => ({ id: c.id, label: c.label, name: c.names[lang] })),
    sizes,
    bounds,
    measure,
  );
  return { cities, context };
}
