/**
 * The export page as a model: what is drawn where, in CSS pixels of a
 * 1200 × 900 page. One model, drawn by each vector renderer (svg.ts writes it
 * as SVG, pdf.ts as PDF), so the two files cannot drift apart: city shapes
 * as paths from the same GeoJSON and counts as the map, every word as text,
 * and the same title, legend and source lines as the PNG.
 */
import type { Lang } from '../domain/types';
import type { CitiesGeo, ContextGeo } from '../data/files';
import type { Derived } from '../store/derived';
import { LABEL, LABEL_TYPE, OUTLINE, REGIONAL_LINE, REGIONAL_OPACITY, STROKE } from '../domain/palette';
import { mapModel } from '../map/model';
import { projectMap, projectPoints } from '../map/projection';
import { markLook, siteMarks, type SitePoint } from '../map/sites';
import { mapLabels } from '../map/labels';
import { MAP_PADDING } from '../map/model';
import { cut, cutLines, INK, MUTED, PAGE_LAYOUT, wrap, type PageLayout } from './layout';
import type { ExportSummary } from './summary';

/** How a shape is painted; a colour is `#rrggbb`, with any transparency apart. */
export interface Paint {
  fill?: string;
  fillOpacity?: number;
  stroke?: string;
  strokeOpacity?: number;
  strokeWidth?: number;
  /** A dashed stroke: dash and gap lengths, in page pixels. */
  dash?: number[];
}

interface RectItem extends Paint {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PathItem extends Paint {
  kind: 'path';
  /** SVG path data of straight segments only (`M`, `L`, `Z`), as d3-geo writes polygons. */
  d: string;
  /** The city's or neighbour's name, for a reader's tooltip. */
  title?: string;
  data?: Record<string, string>;
}

interface TextLine {
  text: string;
  weight: 400 | 700;
}

export interface TextItem {
  kind: 'text';
  x: number;
  /** The first line's baseline; each further line is 1.2 em below the last. */
  y: number;
  size: number;
  fill: string;
  anchor: 'start' | 'middle' | 'end';
  lines: TextLine[];
  /** A stroke of the ground's colour behind the letters, so they read on any fill. */
  halo?: { color: string; width: number };
  id?: string;
  data?: Record<string, string>;
  /** An address the text opens. */
  href?: string;
}

interface GroupItem {
  kind: 'group';
  id: string;
  /** Where the group's origin sits on the page. */
  x?: number;
  y?: number;
  /** Nothing is drawn outside (0, 0, width, height) of the group. */
  clip?: { width: number; height: number };
  items: PageItem[];
}

export type PageItem = RectItem | PathItem | TextItem | GroupItem;

export interface ExportPage {
  width: number;
  height: number;
  lang: Lang;
  /** The document's title and subject (the view), as its metadata says them. */
  title: string;
  subject: string;
  items: PageItem[];
}

export const LINE_HEIGHT = 1.2;

/** `#rgb`, `#rrggbb` or `#rrggbbaa` as [r, g, b] and an alpha from 0 to 1. */
export function parseColor(color: string): { rgb: [number, number, number]; alpha: number } {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(color)?.[1];
  if (!hex) throw new Error(`not a colour the export can draw: ${color}`);
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  const byte = (i: number) => parseInt(full.slice(i * 2, i * 2 + 2), 16);
  return { rgb: [byte(0), byte(1), byte(2)], alpha: full.length === 8 ? byte(3) / 255 : 1 };
}


/** A one-line text item. */
export function text(x: number, y: number, s: string, size: number, fill: string, more: Partial<TextItem> & { weight?: 400 | 700 } = {}): TextItem {
  const { weight = 400, ...rest } = more;
  return { kind: 'text', x, y, size, fill, anchor: 'start', lines: [{ text: s, weight }], ...rest };
}

export function exportPage(opts: {
  geo: CitiesGeo;
  context: ContextGeo | null;
  derived: Derived;
  lang: Lang;
  summary: ExportSummary;
  layout?: PageLayout;
  /** The comparison's table in the legend's column (a deck gives it a slide of its own: comparisonPage.ts). */
  comparisonTable?: boolean;
  /** The reader's sites (src/map/sites.ts), drawn over the map. */
  sites?: readonly SitePoint[];
}): ExportPage {
  const { geo, context, derived, lang, summary, layout = PAGE_LAYOUT, comparisonTable = true, sites = [] } = opts;
  const { map: mapBox, legend: legendBox } = layout;
  const projected = projectMap(geo, context, mapBox.width, mapBox.height, MAP_PADDING);
  // The view alone, on the light ground, and the compared cities outlined: no selection, hover or focus.
  const compared = summary.compare?.cities ?? [];
  const model = mapModel({ derived, lang, selectedCity: null, comparedCities: compared, hoveredCity: null, focusedCity: null, scheme: 'light' });
  const looks = new Map(model.cities.map((c) => [c.adcode, c]));
  const ground = model.ground;
  // The neighbours' names go where the city labels leave room, as on the screen map.
  const labels = mapLabels(projected, derived, lang, { city: 12, context: 11, lineHeight: LINE_HEIGHT }, { x0: 0, y0: 0, x1: mapBox.width, y1: mapBox.height });

  const map: GroupItem = {
    kind: 'group',
    id: 'map',
    x: mapBox.x,
    y: mapBox.y,
    clip: { width: mapBox.width, height: mapBox.height },
    items: [
      { kind: 'rect', x: 0, y: 0, width: mapBox.width, height: mapBox.height, fill: ground.sea },
      {
        kind: 'group',
        id: 'context',
        items: projected.context.map((c) => ({ kind: 'path', d: c.d, fill: ground.land, stroke: ground.landLine, strokeWidth: STROKE.contextBorder, data: { id: c.id } })),
      },
      {
        kind: 'group',
        id: 'cities',
        items: projected.cities.map((c): PathItem => {
          const look = looks.get(c.adcode)!;
          return {
            kind: 'path',
            d: c.d,
            fill: look.fill,
            ...(look.opacity < 1 ? { fillOpacity: look.opacity } : {}),
            stroke: ground.cityLine,
            strokeWidth: STROKE.cityBorder,
            title: look.name,
            data: { adcode: c.adcode },
          };
        }),
      },
      {
        // The dashed outline of a city reached only through a region term (the one-industry view).
        kind: 'group',
        id: 'regional',
        items: projected.cities
          .filter((c) => looks.get(c.adcode)!.regional)
          .map((c): PathItem => ({
            kind: 'path',
            d: c.d,
            stroke: REGIONAL_LINE.color,
            strokeOpacity: REGIONAL_LINE.opacity,
            strokeWidth: REGIONAL_LINE.width,
            dash: REGIONAL_LINE.dash.map((d) => d * REGIONAL_LINE.width),
            data: { city: c.adcode },
          })),
      },
      {
        // The compared cities, outlined as the screen map outlines them.
        kind: 'group',
        id: 'compared',
        items: projected.cities
          .filter((c) => looks.get(c.adcode)!.selected)
          .map((c): PathItem => ({ kind: 'path', d: c.d, stroke: OUTLINE.selected, strokeWidth: STROKE.selected, data: { city: c.adcode } })),
      },
      {
        kind: 'group',
        id: 'context-labels',
        items: labels.context.map(({ id, name, placed }) =>
          text(placed.x, placed.y, name, 11, ground.contextLabel, { anchor: placed.anchor, halo: { color: ground.land, width: 2 * LABEL_TYPE.contextHalo }, data: { id } }),
        ),
      },
      {
        kind: 'group',
        id: 'labels',
        items: labels.cities.map(({ label, name, value }) => ({
          ...text(label[0], label[1], name, 12, LABEL.color, { anchor: 'middle', halo: { color: LABEL.halo, width: 2 * LABEL_TYPE.cityHalo } }),
          lines: [
            { text: name, weight: 400 },
            { text: value, weight: 700 },
          ],
        })),
      },
    ],
  };

  const legend: PageItem[] = [];
  let y = 0;
  for (const line of wrap(summary.legendTitle, 20)) {
    legend.push(text(0, y + 14, line, 15, INK, { weight: 700 }));
    y += 22;
  }
  y += 6;
  for (const item of summary.legend) {
    legend.push(
      { kind: 'rect', x: 0, y, width: 28, height: 18, fill: item.color, stroke: '#000000', strokeOpacity: 0.13, strokeWidth: 1 },
      text(38, y + 14, item.label, 14, item.faint ? '#9aa0a6' : INK),
      text(legendBox.width, y + 14, item.count, 14, MUTED, { anchor: 'end' }),
    );
    y += 27;
  }
  if (summary.legendNote) for (const line of wrap(summary.legendNote, 24)) legend.push(text(0, (y += 20), line, 12, MUTED));
  if (summary.focus) {
    const focus: PageItem[] = [text(0, (y += 34), summary.focus.title, 13, INK, { weight: 700 })];
    // As many lines as fit above the source (a slide is lower than the page).
    const room = Math.floor((layout.footerY - 24 - legendBox.y - y - 17 * summary.focus.notice.length) / 17);
    for (const line of cutLines(summary.focus.lines, room)) focus.push(text(0, (y += 17), line, 12, INK));
    for (const line of summary.focus.notice) focus.push(text(0, (y += 17), line, 11, MUTED));
    legend.push({ kind: 'group', id: 'focus', items: focus });
  }

  if (summary.compare) legend.push(comparisonItems(summary.compare, (y += 30), lang, layout, comparisonTable));

  const footer = footerItems(summary, lang, layout.footerY);

  return {
    width: layout.page.width,
    height: layout.page.height,
    lang,
    title: summary.title,
    subject: summary.subtitle,
    items: [
      { kind: 'rect', x: 0, y: 0, width: layout.page.width, height: layout.page.height, fill: '#ffffff' },
      text(24, 44, summary.title, 26, INK, { weight: 700, id: 'title' }),
      text(24, 76, summary.subtitle, 17, MUTED, { id: 'subtitle' }),
      map,
      ...(sites.length ? [sitesGroup(sites, mapBox)] : []),
      { kind: 'group', id: 'legend', x: legendBox.x, y: legendBox.y, items: legend },
      { kind: 'group', id: 'footer', items: footer },
    ],
  };
}

/** A circle as a path of straight segments (every writer draws those). */
function circle(x: number, y: number, r: number): string {
  const n = 24;
  const at = (i: number) => `${Math.round((x + r * Math.cos((2 * Math.PI * i) / n)) * 10) / 10} ${Math.round((y + r * Math.sin((2 * Math.PI * i) / n)) * 10) / 10}`;
  return `M${at(0)}${Array.from({ length: n - 1 }, (_, i) => `L${at(i + 1)}`).join('')}Z`;
}

/**
 * The reader's sites over the map, as the screen map draws them (SITE): a
 * point per site, a circle with their number where they are dense, a ring
 * with the count at a city's label point for those located by name. Beside
 * the map's group, not in it: the PNG draws the map as a picture and these
 * over it.
 */
function sitesGroup(sites: readonly SitePoint[], box: { x: number; y: number; width: number; height: number }): GroupItem {
  const xy = projectPoints(
    sites.map((s) => [s.lon, s.lat] as const),
    box.width,
    box.height,
    MAP_PADDING,
  );
  const items: PageItem[] = [];
  for (const mark of siteMarks(sites, xy)) {
    const { r, fill, stroke, strokeWidth, ink } = markLook(mark);
    items.push({ kind: 'path', d: circle(mark.x, mark.y, r), fill, stroke, strokeWidth, ...(mark.name ? { title: mark.name } : {}), data: { sites: String(mark.count) } });
    if (ink) items.push(text(mark.x, mark.y + 4, String(mark.count), 11, ink, { anchor: 'middle', weight: 700 }));
  }
  return { kind: 'group', id: 'sites', x: box.x, y: box.y, clip: { width: box.width, height: box.height }, items };
}

/** The source, boundary credit, date and link at the page's foot. */
export function footerItems(summary: ExportSummary, lang: Lang, top: number): PageItem[] {
  const footer: PageItem[] = [];
  let fy = top + 14;
  for (const line of wrap(summary.source, lang === 'en' ? 170 : 90)) {
    footer.push(text(24, fy, line, 12, MUTED));
    fy += 17;
  }
  footer.push(text(24, fy, summary.credit, 12, MUTED), text(24, fy + 17, `${summary.date} · ${summary.link}`, 12, MUTED, { href: summary.link }));
  return footer;
}

/**
 * The comparison in the legend's column: its title, summary and key, then a
 * row per cluster (those all the cities share first), each city's cell a
 * square in its role's colour (pale: via a region term), as shapes, not
 * glyphs, so every writer draws them alike.
 */
function comparisonItems(cmp: NonNullable<ExportSummary['compare']>, top: number, lang: Lang, layout: PageLayout, table: boolean): GroupItem {
  const { legend: legendBox, footerY } = layout;
  const items: PageItem[] = [text(0, top, cmp.title, 13, INK, { weight: 700 })];
  let y = top;
  for (const line of wrap(cmp.summary, lang === 'en' ? 40 : 21)) items.push(text(0, (y += 17), line, 12, INK));
  items.push(text(0, (y += 17), cmp.key, 11, MUTED));
  if (!table) return { kind: 'group', id: 'comparison', items };
  const cell = 14;
  const x0 = legendBox.width - cmp.cities.length * (cell + 4);
  y += 8;
  cmp.cities.forEach((_, i) => items.push(text(x0 + i * (cell + 4) + cell / 2, y + 12, String(i + 1), 11, MUTED, { anchor: 'middle' })));
  y += 16;
  // A row's height, so that all 20 clusters fit above the footer.
  const rowHeight = Math.min(16, Math.floor((footerY - 24 - legendBox.y - y) / Math.max(1, cmp.rows.length)));
  const max = Math.floor((x0 - 6) / (lang === 'en' ? 6 : 11));
  for (const row of cmp.rows) {
    items.push(text(0, y + rowHeight - 4, cut(row.name, max), Math.min(11, rowHeight - 3), row.shared ? INK : MUTED));
    row.cells.forEach((c, i) => {
      const x = x0 + i * (cell + 4);
      items.push(
        c
          ? { kind: 'rect', x, y: y + 1, width: cell, height: rowHeight - 3, fill: c.color, ...(c.regional ? { fillOpacity: REGIONAL_OPACITY } : {}) }
          : { kind: 'rect', x, y: y + 1, width: cell, height: rowHeight - 3, stroke: '#c9c4b8', strokeWidth: 1 },
      );
    });
    y += rowHeight;
  }
  return { kind: 'group', id: 'comparison', items };
}

/** Every text item of the page, groups opened, with its place on the page. */
export function pageTexts(page: ExportPage): (TextItem & { pageX: number; pageY: number })[] {
  const out: (TextItem & { pageX: number; pageY: number })[] = [];
  const walk = (items: PageItem[], dx: number, dy: number) => {
    for (const item of items)
      if (item.kind === 'group') walk(item.items, dx + (item.x ?? 0), dy + (item.y ?? 0));
      else if (item.kind === 'text') out.push({ ...item, pageX: item.x + dx, pageY: item.y + dy });
  };
  walk(page.items, 0, 0);
  return out;
}
