/**
 * The map's palette: every colour and stroke width a map is drawn with, in
 * one place that the WebGL style, the SVG maps, the legend, the exports and
 * print all read. The data's colours (classes, roles) are the same in light
 * and dark; the ground (sea, land, borders, neighbours' names) follows the
 * page's scheme, and exports always draw the light one. styles.css repeats
 * the ground as light-dark() variables for the page around the map; a test
 * (palette.test.ts) keeps the two equal.
 */
import type { Role } from './types';

/** The page's colour scheme (src/store/theme.ts). */
export type Scheme = 'light' | 'dark';

/**
 * ColorBrewer's YlGnBu (Cynthia Brewer, Apache-2.0) in 3 to 7 colours, as
 * d3-scale-chromatic gives it (classes.test.ts checks they are the same). Not
 * imported from there: that package is one module holding every scheme and
 * interpolator, far more script than these 25 colours.
 */
export const YLGNBU: Readonly<Record<number, readonly string[]>> = {
  3: ['#edf8b1', '#7fcdbb', '#2c7fb8'],
  4: ['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8'],
  5: ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'],
  6: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'],
  7: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'],
};

/** The ranking's bars: a middle class colour, which reads on the panel in light and dark. */
export const BAR_COLOR = YLGNBU[7]![3]!;

/** The "no cluster" class: neutral, so zero never reads as "a little". */
export const ZERO_COLOR = '#ecebe6';

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const ROLE_COLORS: Record<Role, string> = {
  hub: '#D55E00',
  rnd: '#0072B2',
  production: '#009E73',
  transfer: '#E69F00',
  general: '#CC79A7',
};

/** A city the one shown industry does not target. */
export const NO_ROLE_COLOR = '#f7f7f4';

/** A city reached only through a region term, in the one-industry view: its role colour, pale. */
export const REGIONAL_OPACITY = 0.42;

/** What the WebGL map paints a city whose state it has not been given yet (never seen once the data is in). */
export const UNSET_COLOR = '#e0e0e0';

export interface Ground {
  sea: string;
  land: string;
  landLine: string;
  cityLine: string;
  contextLabel: string;
}

/** The map's ground in each scheme. The neighbours' names read at 4.5:1 on their land at their small size. */
export const GROUND: Record<Scheme, Ground> = {
  light: { sea: '#d9e6ee', land: '#f3f1ec', landLine: '#c9c4b8', cityLine: '#ffffff', contextLabel: '#666052' },
  dark: { sea: '#0f2230', land: '#2a2d31', landLine: '#4a4f56', cityLine: '#15171a', contextLabel: '#bdb6a6' },
};

/** The cities' names and values: dark on a white halo, so they read on every class and role colour in both schemes. */
export const LABEL = { color: '#1f2328', halo: '#ffffff', haloOpacity: 0.9 };

/** The selected and the hovered city's outlines. */
export const OUTLINE = { selected: '#1a1a1a', hover: '#4a4a4a' };

/** The dashed outline of a city reached only through a region term, in the one-industry view. */
export const REGIONAL_LINE = { color: '#555555', width: 1.2, opacity: 0.9, dash: [2, 2] as const };

/**
 * The keyboard's focus ring as every map draws it: the UI's focus colour
 * (styles.css --focus) on a white halo, so it shows on every class colour.
 * Widths in screen pixels.
 */
export const FOCUS_RING = [
  { layer: 'city-focus-halo', color: '#ffffff', width: 7.5 },
  { layer: 'city-focus', color: '#e66100', width: 3.5 },
] as const;

/**
 * Stroke widths, in screen pixels on screen and in page pixels in exports.
 * A city's border is its fill's one-pixel edge on the WebGL map; exported
 * images draw it as a line that grows with the zoom (`cityLineByZoom`), so a
 * 4× PNG keeps visible borders.
 */
export const STROKE = {
  cityBorder: 1,
  contextBorder: 0.7,
  selected: 3,
  hover: 1.8,
  cityLineByZoom: [5, 0.6, 9, 1.6] as const,
};

/**
 * The reader's own sites (src/map/sites.ts): a point where the row gave
 * coordinates, a ring with the count at the city's label point for the sites
 * located by a name (their place within the city is not known). Dark2's
 * orange stands apart from every YlGnBu class and the role colours.
 */
export const SITE = {
  fill: '#d95f02',
  stroke: '#ffffff',
  ring: '#d95f02',
  ringFill: '#ffffff',
  radius: 4.5,
  ringRadius: 9,
  strokeWidth: 1.2,
  ringWidth: 2,
  /** A group's radius by its number of sites, as maplibre's `step`: 10 px, then 13 from 10 sites, 17 from 100, 21 from 1,000. */
  groupSteps: [10, 10, 13, 100, 17, 1000, 21] as const,
};

/**
 * Type sizes of the map's labels in screen pixels, at the province's zoom,
 * and their halos. The SVG map sets the neighbours' names half a pixel
 * smaller (`contextSvg`): the browser's text comes out larger than the WebGL
 * map's glyphs at the same size.
 */
export const LABEL_TYPE = { city: 11, context: 11, contextSvg: 10.5, lineHeight: 1.15, valueScale: 0.92, cityHalo: 1.4, contextHalo: 2 };
