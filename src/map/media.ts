/**
 * Where the build's page (scripts/prerender.ts) is shown: on phone-sized
 * screens, the same width at which the layout turns to one column (and a
 * comparison becomes a view of its own over the header: ComparePanel.tsx). On wider
 * ones it is hidden (styles.css) and the WebGL map starts at once: painting a
 * whole page first delays it there, as its WebGL context waits for the
 * page's raster (docs/performance.md).
 */
export const FIRST_PAINT_MEDIA = '(max-width: 760px)';
