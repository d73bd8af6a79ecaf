/**
 * The SVG map (src/map/svg/SvgMap.tsx), loaded when an SVG map is first
 * shown: a phone's first view (src/main.tsx loads it with the data, so the
 * first render adopts the build's map at once), the map without WebGL, the
 * stand-in for a lost context. A desktop's first view, the WebGL map, does
 * without it.
 */
import { lazyPart } from '../../store/lazyPart';

export const svgMapPart = lazyPart(() => import('./SvgMap'), (m) => m.SvgMap);
