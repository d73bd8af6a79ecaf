/** One page layout for the PNG and the SVG, in CSS pixels at 1x. */
const PAGE = { width: 1200, height: 900 } as const;
export const MAP_BOX = { x: 24, y: 100, width: 860, height: 680 } as const;
const LEGEND_BOX = { x: 912, y: 112, width: 264 } as const;
const FOOTER_Y = 806;

/** Where the export page puts its parts: the PNG/SVG/PDF page, or a slide. */
export interface PageLayout {
  page: { width: number; height: number };
  map: { x: number; y: number; width: number; height: number };
  legend: { x: number; y: number; width: number };
  /** The top of the source lines. */
  footerY: number;
  /** How many small maps a row of the atlas holds, for `n` maps. */
  atlasColumns(n: number): number;
}

export const PAGE_LAYOUT: PageLayout = { page: PAGE, map: MAP_BOX, legend: LEGEND_BOX, footerY: FOOTER_Y, atlasColumns: () => 5 };

/**
 * A 16:9 slide: PowerPoint's widescreen 13.33 × 7.5 in at 96 CSS pixels per
 * inch, so a 12 px label is 9 pt, as in the PDF. The map is wider and lower
 * than the page's; seven small maps a row fit the atlas's 20 best.
 */
export const SLIDE_LAYOUT: PageLayout = {
  page: { width: 1280, height: 720 },
  map: { x: 24, y: 92, width: 900, height: 548 },
  legend: { x: 948, y: 104, width: 308 },
  footerY: 652,
  atlasColumns: (n) => (n > 10 ? 7 : 5),
};
export const FONT_STACK = "'Noto Sans JP', 'Noto Sans SC', 'Hiragino Sans', 'Microsoft YaHei', sans-serif";
export const INK = '#1f2328';
export const MUTED = '#5c636e';

/** A line cut to `max` characters, an ellipsis marking the cut. */
export const cut = (s: string, max: number): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** At most `max` lines, the last ending in an ellipsis when some were left out. */
export const cutLines = (lines: string[], max: number): string[] => (lines.length > max ? [...lines.slice(0, max - 1), `${lines[max - 1]}…`] : lines);

/** Splits text into lines of at most `max` characters (CJK text has no spaces to break at). */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/(?<=[\s、,，。；;])/)) {
    if ((line + word).length > max && line) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += word;
    while (line.length > max) {
      lines.push(line.slice(0, max));
      line = line.slice(max);
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
