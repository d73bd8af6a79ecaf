/**
 * Where the build's page (scripts/prerender.ts) is the first view and its SVG
 * map the map: on phone-sized screens, the same width at which the layout turns to one column (and a
 * comparison becomes a view of its own over the header: ComparePanel.tsx). On wider
 * ones the WebGL map starts at once, and the build's page shows without its
 * SVG map for the build's own view only (src/firstPaint/boot.ts), until the
 * app's first render replaces it once it is on screen (docs/performance.md).
 */
export const FIRST_PAINT_MEDIA = '(max-width: 760px)';
