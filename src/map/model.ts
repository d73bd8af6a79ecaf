/**
 * The map model: from the store's view, each city's fill, outline, label and
 * state (selected, hovered, keyboard-focused), and the frame every map
 * shows. Every renderer draws this and adds nothing of its own: the WebGL map
 * (as feature state, src/map/webgl), the SVG map (src/map/svg) and the export
 * page (src/export/page.ts). Pure: no DOM, no maplibre, no d3 (the projection,
 * which needs d3-geo, is src/map/projection.ts, loaded where it is used).
 */
import { classIndex } from '../domain/classes';
import { GROUND, NO_ROLE_COLOR, REGIONAL_OPACITY, ROLE_COLORS, type Ground, type Scheme } from '../domain/palette';
import type { Adcode, Lang } from '../domain/types';
import { formatNumber } from '../i18n/strings';
import type { Derived } from '../store/derived';

/** The province's box (west-south, east-north) that every map frames, inside `MAP_PADDING`. */
export const GUANGDONG_BOUNDS: [[number, number], [number, number]] = [
  [109.65, 20.2],
  [117.35, 25.55],
];

/** Screen pixels between the map's edge and the province's box (the WebGL map's fitBounds, the SVG map's inset). */
export const MAP_PADDING = 16;

/** Screen pixels per viewBox unit of an SVG map `width` × `height` drawn `meet` in `box` inside the padding; null before it has a size. */
export function svgMapScale(box: { width: number; height: number }, width: number, height: number): number | null {
  const s = Math.min((box.width - 2 * MAP_PADDING) / width, (box.height - 2 * MAP_PADDING) / height);
  return s > 0 ? s : null;
}

export interface CityFill {
  fill: string;
  /** 1, or REGIONAL_OPACITY for a city reached only through a region term in the one-industry view. */
  opacity: number;
}

/** The fill rule: role colours in the one-industry view (pale where reached through a region term), class colours otherwise. */
export function cityFill(derived: Derived, adcode: Adcode): CityFill {
  if (derived.single) {
    const role = derived.single.roles.get(adcode);
    if (!role) return { fill: NO_ROLE_COLOR, opacity: 1 };
    return { fill: ROLE_COLORS[role.role], opacity: role.basis === 'regional' ? REGIONAL_OPACITY : 1 };
  }
  return { fill: derived.classes[classIndex(derived.classes, derived.values.get(adcode) ?? 0)]!.color, opacity: 1 };
}

/** The second line of a city's label: its count, or a dot for a targeted city in the one-industry view. */
export function cityValueLabel(derived: Derived, adcode: Adcode, lang: Lang): string {
  if (derived.single) return derived.single.roles.has(adcode) ? '●' : '';
  return formatNumber(lang, derived.values.get(adcode) ?? 0);
}

export interface CityLook extends CityFill {
  adcode: Adcode;
  /** The headline count in the view's basis. */
  value: number;
  /** A dashed outline: reached only through a region term, in the one-industry view. */
  regional: boolean;
  name: string;
  valueLabel: string;
  selected: boolean;
  hovered: boolean;
  /** Under the keyboard's focus ring (only while the map has keyboard focus). */
  focused: boolean;
}

export interface MapInputs {
  derived: Derived;
  lang: Lang;
  selectedCity: Adcode | null;
  /** The cities side by side (`compare=`): outlined as a selected city is. */
  comparedCities: readonly Adcode[];
  hoveredCity: Adcode | null;
  focusedCity: Adcode | null;
  /** The page's scheme; exports draw 'light'. */
  scheme: Scheme;
}

export interface MapModel {
  ground: Ground;
  /** In the data's city order. */
  cities: CityLook[];
}

/** Whether a city is drawn with the selection's outline: the open city, or one of the compared. */
export const isOutlined = (inputs: Pick<MapInputs, 'selectedCity' | 'comparedCities'>, adcode: Adcode) =>
  adcode === inputs.selectedCity || inputs.comparedCities.includes(adcode);

/** One city's look in a view. */
export function cityLook(inputs: MapInputs, adcode: Adcode): CityLook {
  const { derived, lang } = inputs;
  const role = derived.single?.roles.get(adcode);
  return {
    adcode,
    ...cityFill(derived, adcode),
    value: derived.values.get(adcode) ?? 0,
    regional: role?.basis === 'regional',
    name: derived.cityByCode.get(adcode)?.name[lang] ?? adcode,
    valueLabel: cityValueLabel(derived, adcode, lang),
    selected: isOutlined(inputs, adcode),
    hovered: adcode === inputs.hoveredCity,
    focused: adcode === inputs.focusedCity,
  };
}

export function mapModel(inputs: MapInputs): MapModel {
  return { ground: GROUND[inputs.scheme], cities: [...inputs.derived.cityByCode.keys()].map((code) => cityLook(inputs, code)) };
}
