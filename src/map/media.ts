/**
 * Where the build's page (scripts/prerender.ts) is shown: on phone-sized
 * screens, the same width at which the layout turns to one column. On wider
 * ones it is hidden (styles.css) and the app starts as before: there the WebGL
 * map is drawn about as soon, and painting a whole page first measured to
 * delay it (its WebGL context waited for the page's raster, 0.1 s becoming
 * 0.3–0.4 s on software WebGL).
 */
export const FIRST_PAINT_MEDIA = '(max-width: 760px)';
