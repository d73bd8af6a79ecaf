/**
 * What the page's start and the build share with the SVG map
 * (src/map/svg/SvgMap.tsx) without loading it: the build's shapes, and the
 * build's SVG map taken out of the page for the SVG map to adopt.
 */
import { createContext } from 'react';
import type { SvgMapShapes } from '../projection';

/** Where the build renders the page (src/firstPaint/prerender.tsx): the SVG map's shapes, which it draws into the page. */
export const PrerenderShapes = createContext<SvgMapShapes | null>(null);

/** Where the build rendered the page: its SVG map, taken out of the page (takePrerenderedMap) for the SVG map to adopt. */
export const BuildSvgMap = createContext<SVGSVGElement | null>(null);

/**
 * Takes the build's map out of the page before React replaces the page's
 * content, so the same element stays on screen through the hand-over
 * (src/main.tsx hands it to the SVG map through BuildSvgMap).
 */
export function takePrerenderedMap(root: Element): SVGSVGElement | null {
  const svg = root.querySelector<SVGSVGElement>('svg.svg-map');
  svg?.remove();
  return svg;
}
