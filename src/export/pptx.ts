/**
 * Export pages (page.ts) as an editable PowerPoint deck, with pptxgenjs: a
 * 16:9 slide per page, every city a freeform shape (custom geometry) named
 * with its name and painted as on the page, every word a text box in the
 * UI's font, and the view's link in the slide's notes. The page model is
 * the one the SVG and PDF writers draw, so the three cannot drift apart.
 *
 * PowerPoint has no clipping and no stroke beneath text, so three things
 * are said differently: shapes are cut to their group's clip box; a city's
 * outline (dashed when only a region term reaches it, heavy when compared)
 * is its own line, with the city above its neighbours, so moving or
 * recolouring it takes its outline along; and a label's halo is a glow.
 */
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import type { Lang } from '../domain/types';
import { LINE_HEIGHT, parseColor, type ExportPage, type PageItem, type Paint, type PathItem, type TextItem } from './page';
import { parsePath } from './pathData';

/** Inches per CSS pixel, and points per CSS pixel: the slide is the page at 96 px per inch. */
const IN = 1 / 96;
const PT = 0.75;
/** The UI's fonts (src/styles.css): what the slides ask for, by language. */
const SLIDE_FONTS: Record<Lang, string> = { ja: 'Noto Sans JP', en: 'Noto Sans JP', zh: 'Noto Sans SC' };
const LANG_TAGS: Record<Lang, string> = { ja: 'ja-JP', en: 'en-US', zh: 'zh-CN' };
/** Where the first baseline sits below a text box's top, in em, with exact line spacing of LINE_HEIGHT em. */
const BASELINE = 0.98;
const AUTHOR = 'Guangdong Strategic Cluster Map';
const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

export interface DeckSlide {
  page: ExportPage;
  /** The slide's notes: the view in words and its link. */
  notes: string;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

type Point = [number, number];

/** One ring cut to a box (Sutherland–Hodgman: a ring stays one ring, running along the box's edge where it was cut). */
export function clipRing(ring: Point[], box: Box): Point[] {
  const edges: [(p: Point) => boolean, (a: Point, b: Point) => Point][] = [
    [(p) => p[0] >= box.x0, (a, b) => at(a, b, (box.x0 - a[0]) / (b[0] - a[0]))],
    [(p) => p[0] <= box.x1, (a, b) => at(a, b, (box.x1 - a[0]) / (b[0] - a[0]))],
    [(p) => p[1] >= box.y0, (a, b) => at(a, b, (box.y0 - a[1]) / (b[1] - a[1]))],
    [(p) => p[1] <= box.y1, (a, b) => at(a, b, (box.y1 - a[1]) / (b[1] - a[1]))],
  ];
  let out = ring;
  for (const [inside, cross] of edges) {
    const input = out;
    out = [];
    input.forEach((p, i) => {
      const prev = input[(i + input.length - 1) % input.length]!;
      if (inside(p)) {
        if (!inside(prev)) out.push(cross(prev, p));
        out.push(p);
      } else if (inside(prev)) out.push(cross(prev, p));
    });
    if (!out.length) break;
  }
  return out;
}

const at = (a: Point, b: Point, t: number): Point => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];

const hex = (color: string) => {
  const { rgb, alpha } = parseColor(color);
  return { color: rgb.map((v) => v.toString(16).padStart(2, '0')).join('').toUpperCase(), alpha };
};

/** A colour and its transparency in per cent, as pptxgenjs takes them; none at 0 %. */
function colour(color: string, opacity = 1) {
  const { color: c, alpha } = hex(color);
  const transparency = Math.round((1 - alpha * opacity) * 100);
  return transparency ? { color: c, transparency } : { color: c };
}

function fillAndLine(p: Paint): Pick<PptxGenJS.ShapeProps, 'fill' | 'line'> {
  return {
    ...(p.fill ? { fill: colour(p.fill, p.fillOpacity) } : {}),
    line:
      p.stroke && p.strokeWidth
        ? { ...colour(p.stroke, p.strokeOpacity), width: p.strokeWidth * PT, ...(p.dash ? { dashType: 'sysDash' as const } : {}) }
        : { type: 'none' },
  };
}

/**
 * The map group with each city's outline folded into the city's own shape:
 * the `regional` (dashed) and `compared` (heavy) outlines become the city's
 * line, and those cities move to the top of the cities, where the page
 * draws their outlines.
 */
function foldOutlines(items: PageItem[]): PageItem[] {
  const cities = items.find((i) => i.kind === 'group' && i.id === 'cities');
  if (!cities || cities.kind !== 'group') return items.map((i) => (i.kind === 'group' ? { ...i, items: foldOutlines(i.items) } : i));
  const outlines = new Map<string, PathItem>();
  for (const id of ['regional', 'compared'])
    for (const i of items)
      if (i.kind === 'group' && i.id === id) for (const o of i.items) if (o.kind === 'path' && o.data?.city) outlines.set(o.data.city, o);
  const plain: PageItem[] = [];
  const outlined: PageItem[] = [];
  for (const c of cities.items) {
    const o = c.kind === 'path' ? outlines.get(c.data?.adcode ?? '') : undefined;
    if (c.kind !== 'path' || !o) plain.push(c);
    else {
      const { stroke, strokeOpacity, strokeWidth, dash } = o;
      outlined.push({ ...c, stroke, strokeOpacity, strokeWidth, dash });
    }
  }
  return items
    .filter((i) => !(i.kind === 'group' && (i.id === 'regional' || i.id === 'compared')))
    .map((i) => (i === cities ? { ...cities, items: [...plain, ...outlined] } : i));
}

/** A generous width for a line of text: CJK characters a full em, others 0.62 em. */
function textWidth(s: string, size: number): number {
  let em = 0;
  for (const ch of s) em += ch.codePointAt(0)! >= 0x2e80 ? 1 : 0.62;
  return em * size + 4;
}

/**
 * The library's own value for a freeform shape. Its types leave it out, and
 * the name "CUSTOM_GEOMETRY" writes a file PowerPoint must repair
 * (pptxgenjs issue 1394); the enum's `custGeom` is what its writer checks.
 */
function customGeometry(pptx: PptxGenJS): PptxGenJS.ShapeType {
  const value = (pptx.ShapeType as unknown as Record<string, string | undefined>).custGeom;
  if (value !== 'custGeom') throw new Error('this pptxgenjs has no custom geometry');
  return value as PptxGenJS.ShapeType;
}

class SlideWriter {
  constructor(
    private readonly pptx: PptxGenJS,
    private readonly slide: PptxGenJS.Slide,
    private readonly lang: Lang,
  ) {}

  private path(item: PathItem, dx: number, dy: number, clip: Box | null) {
    const rings = parsePath(item.d)
      .map((ring) => ring.map(([x, y]): Point => [x + dx, y + dy]))
      .map((ring) => (clip ? clipRing(ring, clip) : ring))
      .filter((ring) => ring.length > 2);
    if (!rings.length) return;
    const xs = rings.flat().map((p) => p[0]);
    const ys = rings.flat().map((p) => p[1]);
    const x0 = Math.min(...xs);
    const y0 = Math.min(...ys);
    const w = Math.max(...xs) - x0;
    const h = Math.max(...ys) - y0;
    if (w <= 0 || h <= 0) return;
    const points: NonNullable<PptxGenJS.ShapeProps['points']> = [];
    for (const ring of rings) {
      ring.forEach(([x, y], i) => points.push({ x: (x - x0) * IN, y: (y - y0) * IN, ...(i ? {} : { moveTo: true }) }));
      points.push({ close: true });
    }
    this.slide.addShape(customGeometry(this.pptx), {
      x: x0 * IN,
      y: y0 * IN,
      w: w * IN,
      h: h * IN,
      points,
      ...fillAndLine(item),
      ...(item.title ? { objectName: item.title } : {}),
    });
  }

  private text(t: TextItem, dx: number, dy: number, clip: Box | null) {
    const x = t.x + dx;
    const y = t.y + dy;
    if (clip && (x < clip.x0 || x > clip.x1 || y < clip.y0 || y > clip.y1)) return;
    const lines = t.lines.filter((l) => l.text);
    if (!lines.length) return;
    const width = Math.max(...lines.map((l) => textWidth(l.text, t.size)));
    const left = t.anchor === 'start' ? x : t.anchor === 'end' ? x - width : x - width / 2;
    const size = t.size * PT;
    const { color } = hex(t.fill);
    this.slide.addText(
      lines.map((l, i) => ({
        text: l.text,
        options: {
          bold: l.weight === 700,
          breakLine: i < lines.length - 1,
          ...(t.href ? { hyperlink: { url: t.href } } : {}),
        },
      })),
      {
        x: left * IN,
        y: (y - BASELINE * t.size) * IN,
        w: width * IN,
        h: lines.length * LINE_HEIGHT * t.size * IN,
        margin: 0,
        wrap: false,
        fit: 'none',
        valign: 'top',
        align: t.anchor === 'start' ? 'left' : t.anchor === 'end' ? 'right' : 'center',
        fontFace: SLIDE_FONTS[this.lang],
        fontSize: size,
        lineSpacing: LINE_HEIGHT * size,
        color,
        lang: LANG_TAGS[this.lang],
        ...(t.halo ? { glow: { size: (t.halo.width / 2) * PT, opacity: 0.9, color: hex(t.halo.color).color } } : {}),
        objectName: t.id ?? lines.map((l) => l.text).join(' '),
      },
    );
  }

  draw(items: PageItem[], dx = 0, dy = 0, clip: Box | null = null) {
    for (const item of items) {
      switch (item.kind) {
        case 'rect': {
          const x0 = Math.max(item.x + dx, clip?.x0 ?? -Infinity);
          const y0 = Math.max(item.y + dy, clip?.y0 ?? -Infinity);
          const x1 = Math.min(item.x + dx + item.width, clip?.x1 ?? Infinity);
          const y1 = Math.min(item.y + dy + item.height, clip?.y1 ?? Infinity);
          if (x1 > x0 && y1 > y0) this.slide.addShape(this.pptx.ShapeType.rect, { x: x0 * IN, y: y0 * IN, w: (x1 - x0) * IN, h: (y1 - y0) * IN, ...fillAndLine(item) });
          break;
        }
        case 'path':
          this.path(item, dx, dy, clip);
          break;
        case 'text':
          this.text(item, dx, dy, clip);
          break;
        case 'group': {
          const x = dx + (item.x ?? 0);
          const y = dy + (item.y ?? 0);
          const own = item.clip ? { x0: x, y0: y, x1: x + item.clip.width, y1: y + item.clip.height } : null;
          const inner = own && clip ? { x0: Math.max(own.x0, clip.x0), y0: Math.max(own.y0, clip.y0), x1: Math.min(own.x1, clip.x1), y1: Math.min(own.y1, clip.y1) } : (own ?? clip);
          this.draw(item.id === 'map' ? foldOutlines(item.items) : item.items, x, y, inner);
        }
      }
    }
  }
}

/** Lets the page paint between slides, so a long deck never holds the main thread for long. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A deck of one slide per page (all pages 16:9, the first's size), built
 * slide by slide with a pause between, then zipped.
 */
export async function deckPptx(slides: Iterable<DeckSlide> | AsyncIterable<DeckSlide>, pause: () => Promise<void> = nextTask): Promise<Blob> {
  const pptx = new PptxGenJS();
  let first: ExportPage | null = null;
  for await (const { page, notes } of slides) {
    if (!first) {
      first = page;
      pptx.defineLayout({ name: 'EXPORT', width: page.width * IN, height: page.height * IN });
      pptx.layout = 'EXPORT';
      pptx.title = page.title;
      pptx.subject = page.subject;
      pptx.author = AUTHOR;
      pptx.company = AUTHOR;
      pptx.theme = { headFontFace: SLIDE_FONTS[page.lang], bodyFontFace: SLIDE_FONTS[page.lang] };
    } else if (page.width !== first.width || page.height !== first.height) throw new Error('every slide of a deck has the same size');
    const slide = pptx.addSlide();
    // The page's ground is the slide's background, not a shape that takes every click.
    const [ground, ...items] = page.items;
    const full = ground?.kind === 'rect' && !ground.x && !ground.y && ground.width === page.width && ground.height === page.height && ground.fill;
    if (full) slide.background = { color: hex(ground.fill!).color };
    new SlideWriter(pptx, slide, page.lang).draw(full ? items : page.items);
    slide.addNotes(notes);
    await pause();
  }
  if (!first) throw new Error('a deck needs at least one slide');
  // pptxgenjs 4.0.1 compresses only a Node stream (`write` takes a typed
  // output uncompressed), so the deck is zipped again, deflated: a map's slide
  // is about 300 KB of shape XML.
  const stored = (await pptx.write({ outputType: 'arraybuffer' })) as ArrayBuffer;
  await pause();
  return (await JSZip.loadAsync(stored)).generateAsync({ type: 'blob', mimeType: PPTX_TYPE, compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
