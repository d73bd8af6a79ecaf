/**
 * maplibre-gl for the build's server render (scripts/prerender.ts): the
 * library touches the browser as it loads, and the server render never makes a
 * map, only the SVG that stands in for it.
 */
export const setWorkerUrl = () => {};
export const prewarm = () => {};
export class Map {}
export default {};
