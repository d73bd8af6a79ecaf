/**
 * Walking the map's cities with the keyboard: which key does what, and what a
 * screen reader hears of the city the keys are on. Pure functions, shared by
 * the WebGL map, the phone's SVG map and the static (no-WebGL) map; the
 * components (src/map/keys/MapKeyboard.tsx) only carry the actions out.
 *
 * - Arrow keys: to the neighbouring city in that direction (the neighbour
 *   graph, src/map/keys/neighbours.ts, computed from the polygons).
 * - Home / End: the first / last city in the ranking's order.
 * - Enter / Space: open the city's panel.
 * - Shift + arrows, + and −, 0: pan, zoom, the whole province (maps that move).
 * - ?: the list of keys.
 * Escape is the city panel's own key (it closes it, and focus returns to the map).
 */
import type { Direction, NeighbourGraph } from './neighbours';
import type { CityRole } from '../../domain/counts';
import type { Adcode, Lang } from '../../domain/types';
import { t } from '../../i18n/strings';
import { tk } from '../../i18n/keysStrings';
import { legendModel } from '../../store/legend';
import type { Derived } from '../../store/derived';
import { classIndex } from '../../domain/classes';

export type MapKeyAction =
  | { kind: 'move'; city: Adcode }
  | { kind: 'open'; city: Adcode }
  | { kind: 'pan'; x: number; y: number }
  | { kind: 'zoom'; by: 1 | -1 }
  | { kind: 'whole' }
  | { kind: 'help' };

export interface KeyPress {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowRight: 'right', ArrowDown: 'down', ArrowLeft: 'left' };
/** How far Shift + an arrow pans, in screen pixels. */
export const PAN_STEP = 100;
const PAN: Record<Direction, [number, number]> = { up: [0, -PAN_STEP], right: [PAN_STEP, 0], down: [0, PAN_STEP], left: [-PAN_STEP, 0] };

/**
 * What a key does on the map, from the city the keys are on (`at`). Null for a
 * key the map leaves to the browser (Tab, a shortcut with Ctrl/Alt/Meta, an
 * arrow with no neighbour that way, a pan key where the map cannot move).
 */
export function mapKeyAction(
  e: KeyPress,
  at: Adcode,
  context: { graph: NeighbourGraph | null; order: readonly Adcode[]; canMove: boolean },
): MapKeyAction | null {
  if (e.altKey || e.ctrlKey || e.metaKey) return null;
  const direction = ARROWS[e.key];
  if (direction) {
    if (e.shiftKey) {
      if (!context.canMove) return null;
      const [x, y] = PAN[direction];
      return { kind: 'pan', x, y };
    }
    const next = context.graph?.get(at)?.[direction];
    return next ? { kind: 'move', city: next } : null;
  }
  switch (e.key) {
    case 'Home':
    case 'End': {
      const city = e.key === 'Home' ? context.order[0] : context.order[context.order.length - 1];
      return city ? { kind: 'move', city } : null;
    }
    case 'Enter':
    case ' ':
      return { kind: 'open', city: at };
    case '+':
    case '=':
      return context.canMove ? { kind: 'zoom', by: 1 } : null;
    case '-':
    case '_':
      return context.canMove ? { kind: 'zoom', by: -1 } : null;
    case '0':
      return context.canMove ? { kind: 'whole' } : null;
    case '?':
      return { kind: 'help' };
    default:
      return null;
  }
}

/** The cities in the ranking's order: Home and End go to its ends. */
export const rankingOrder = (derived: Derived): Adcode[] => derived.ranking.map((r) => r.adcode);

/**
 * The city the keys are on, in words, for the live region and the map's
 * caption: its counts and legend class ("Guangzhou: 20 clusters, 15 by name;
 * class 18–20"), or in the one-industry view its role ("Yangjiang: Hub ·
 * Named").
 */
/** A city's roles and basis in the one-industry view, as the tooltip and the keys' caption say them ("Hub / R&D · Named"). */
export function roleLine(lang: Lang, role: CityRole): string {
  const roles = role.roles.map((r) => t(lang, `role_${r}`)).join(lang === 'en' ? ' / ' : '、');
  return t(lang, 'roleAndBasis', { roles, basis: t(lang, role.basis === 'named' ? 'basisNamed' : 'basisRegional') });
}

export function cityAnnouncement(derived: Derived, adcode: Adcode, lang: Lang): string {
  const city = derived.cityByCode.get(adcode)?.name[lang] ?? adcode;
  if (derived.single) {
    const role = derived.single.roles.get(adcode);
    if (!role) return tk(lang, 'keyCityNotTargeted', { city });
    return tk(lang, 'keyCityRole', { city, role: roleLine(lang, role) });
  }
  const count = derived.counts.get(adcode) ?? { all: 0, named: 0 };
  const item = legendModel(derived, lang).items[classIndex(derived.classes, derived.values.get(adcode) ?? 0)];
  return tk(lang, 'keyCity', { city, n: count.all, named: t(lang, 'namedCount', { n: count.named }), cls: item?.label ?? '' });
}
