// The page's module on wider screens (src/firstPaint/boot.ts picks it): there
// the WebGL map starts at once, so its worker and module are static imports,
// evaluated right after the data requests start and before React and the
// app's own modules (a dynamic import would come a task later, and the map
// with it). Phones start src/main.tsx, without maplibre.
import './data/early';
import './map/webgl/wide';
import './main';
