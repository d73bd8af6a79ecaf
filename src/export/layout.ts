/** One page layout for the PNG and the SVG, in CSS pixels at 1x. */
export const PAGE = { width: 1200, height: 900 } as const;
export const MAP_BOX = { x: 24, y: 100, width: 860, height: 680 } as const;
export const LEGEND_BOX = { x: 912, y: 112, width: 264 } as const;
export const FOOTER_Y = 806;
export const FONT_STACK = "'Noto Sans JP', 'Noto Sans SC', 'Hiragino Sans', 'Microsoft YaHei', sans-serif";
export const INK = '#1f2328';
export const MUTED = '#5c636e';

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
