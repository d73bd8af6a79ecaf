/** One page layout for the PNG and the SVG, in CSS pixels at 1x. */
export const PAGE = { width: 1200, height: 900 } as const;
export const MAP_BOX = { x: 24, y: 100, width: 860, height: 680 } as const;
export const LEGEND_BOX = { x: 912, y: 112, width: 264 } as const;
export const FOOTER_Y = 806;
export const FONT_STACK = "'Noto Sans JP', 'Noto Sans SC', 'Hiragino Sans', 'Microsoft YaHei', sans-serif";
export const INK = '#1f2328';
export const MUTED = '#5c636e';
