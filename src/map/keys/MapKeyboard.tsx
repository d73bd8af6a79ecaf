/**
 * The map's cities for a keyboard (the keys: src/map/keys/mapKeys.ts). Whichever
 * map is on screen (the WebGL map or the SVG map)
 * spreads `useMapKeyboard`'s props on its element: one tab stop, named and
 * described as the map, whose keys move a focus ring from city to city. The
 * city the keys are on is said in a polite live region that is also a caption
 * on the map (`MapKeysCaption`), and `?` or the "Keys" button opens the list
 * of keys (`MapKeysHelp`).
 */
import { type FocusEvent, type KeyboardEvent, type RefObject } from 'react';
import type { CitiesGeo } from '../../data/files';
import type { NeighbourGraph } from './neighbours';
import { cityAnnouncement, mapKeyAction, rankingOrder, type MapKeyAction } from './mapKeys';
import { deriveView } from '../../store/derived';
import { useAppStore } from '../../store/store';
import { lazyPart } from '../../store/lazyPart';
import { useDerived, useLang, useMapCover, useT } from '../../store/hooks';

/** What a map that moves does for the pan and zoom keys. */
export interface MapMover {
  panBy(x: number, y: number): void;
  zoom(by: 1 | -1): void;
  whole(): void;
}

/** The map's description: the view in words (src/panels/ViewAnnouncer.tsx writes it). */
export const MAP_DESCRIPTION_ID = 'map-description';
const KEYS_HINT_ID = 'map-keys-hint';
/** The element the keys act on, for the list of keys to return focus to. */
const KEYS_ATTR = 'data-map-keys';

// The neighbour graph, computed from the polygons once per dataset, on the
// map's first focus (turf stays out of the first view's script).
const graphs = new WeakMap<CitiesGeo, Promise<NeighbourGraph>>();
const ready = new WeakMap<CitiesGeo, NeighbourGraph>();
function graphFor(geo: CitiesGeo): Promise<NeighbourGraph> {
  let graph = graphs.get(geo);
  if (!graph) {
    graph = import('./neighbours').then(
      (m) => {
        const g = m.neighbourGraph(geo);
        ready.set(geo, g);
        return g;
      },
      (e: unknown) => {
        // Its code did not load: the next arrow asks again (meanwhile Home, End, Enter and Escape work).
        graphs.delete(geo);
        throw e;
      },
    );
    graphs.set(geo, graph);
  }
  return graph;
}

/** The map's element for the keys: focus it, with the ring on the city the keys were last on. */
function focusMap(): void {
  document.querySelector<HTMLElement>(`[${KEYS_ATTR}]`)?.focus();
}

/**
 * Props for the map's element. `mover` is the WebGL map's pan and zoom (null
 * where the map does not move); `enabled` false leaves the element alone (the
 * phone's SVG map while the WebGL map takes over).
 */
export function useMapKeyboard(mover: RefObject<MapMover | null> | null, enabled = true) {
  const tr = useT();

  // Plain handlers: they read the store when a key comes, so nothing of a render is held.
  const act = (action: MapKeyAction) => {
    const s = useAppStore.getState();
    switch (action.kind) {
      case 'move':
        s.setKeyCity(action.city, true);
        break;
      case 'open':
        s.selectCity(action.city);
        break;
      case 'pan':
        mover?.current?.panBy(action.x, action.y);
        break;
      case 'zoom':
        mover?.current?.zoom(action.by);
        break;
      case 'whole':
        mover?.current?.whole();
        break;
      case 'help':
        s.setKeysHelp(!s.keysHelp);
        break;
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.target !== e.currentTarget) return;
    const s = useAppStore.getState();
    if (s.data.status !== 'ready') return;
    const { geo, dataset } = s.data.data;
    const derived = deriveView(dataset, s.view);
    const order = rankingOrder(derived);
    const at = s.keyCity ?? order[0];
    if (!at) return;
    const canMove = !!mover?.current;
    const graph = ready.get(geo) ?? null;
    const action = mapKeyAction(e, at, { graph, order, canMove });
    // Arrows before the neighbours are computed: acted on once they are, in
    // order, each from the city the one before it reached.
    if (!action && !graph && !e.shiftKey && e.key.startsWith('Arrow')) {
      e.preventDefault();
      graphFor(geo).then(
        (g) => {
          const late = mapKeyAction(e, useAppStore.getState().keyCity ?? at, { graph: g, order, canMove });
          if (late) act(late);
        },
        () => {},
      );
      return;
    }
    if (!action) return;
    e.preventDefault();
    // A key shows the ring even where focus came by a click.
    if (!s.keyRing || s.keyCity !== at) s.setKeyCity(at, true);
    act(action);
  };

  const onFocus = (e: FocusEvent<HTMLElement>) => {
    if (e.target !== e.currentTarget) return;
    const s = useAppStore.getState();
    if (s.data.status !== 'ready') return;
    const derived = deriveView(s.data.data.dataset, s.view);
    const at = s.view.city ?? s.keyCity ?? rankingOrder(derived)[0] ?? null;
    s.setKeyCity(at, e.currentTarget.matches(':focus-visible'));
    graphFor(s.data.data.geo).catch(() => {});
  };

  const onBlur = (e: FocusEvent<HTMLElement>) => {
    if (e.target !== e.currentTarget) return;
    const s = useAppStore.getState();
    s.setKeyCity(s.keyCity, false);
  };

  if (!enabled) return {};
  return {
    tabIndex: 0,
    // An application: a screen reader passes the arrow keys to it rather than reading on.
    role: 'application',
    'aria-roledescription': tr('mapRole'),
    'aria-label': tr('mapLabel'),
    'aria-describedby': `${MAP_DESCRIPTION_ID} ${KEYS_HINT_ID}`,
    [KEYS_ATTR]: '',
    onKeyDown,
    onFocus,
    onBlur,
  } as const;
}

/** The city the keys are on: a caption on the map while it has keyboard focus, and a polite live region. */
export function MapKeysCaption() {
  const tr = useT();
  const lang = useLang();
  const derived = useDerived();
  const keyCity = useAppStore((s) => s.keyCity);
  const keyRing = useAppStore((s) => s.keyRing);
  const text = derived && keyCity && keyRing ? cityAnnouncement(derived, keyCity, lang) : '';
  const cover = useMapCover('caption');
  return (
    <>
      <p id={KEYS_HINT_ID} className="sr-only">
        {tr('mapKeysHint')}
      </p>
      <p ref={cover} className={text ? 'map-key-caption' : 'map-key-caption empty'} role="status" aria-live="polite" data-testid="map-key-caption">
        {text}
      </p>
    </>
  );
}

const { Part: MapKeysDialogPart } = lazyPart(
  'keys-dialog',
  () => import('./MapKeysDialog'),
  (m) => m.MapKeysDialog,
);

/**
 * The "Keys" button on the map and the list of keys it opens (also `?` on the
 * map): a non-modal dialog that Escape, the button or `?` closes, focus then
 * back on the map. `moves` says whether the map on screen pans and zooms. The
 * list loads when first opened (MapKeysDialog.tsx).
 */
export function MapKeysHelp({ moves, phone }: { moves: boolean; phone: boolean }) {
  const tr = useT();
  const open = useAppStore((s) => s.keysHelp);
  const setOpen = useAppStore((s) => s.setKeysHelp);
  const close = () => {
    setOpen(false);
    focusMap();
  };

  return (
    <>
      <button type="button" className="map-keys-button" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="map-keys-button">
        <span aria-hidden="true">⌨ </span>
        {tr('keysHelp')}
      </button>
      {open && <MapKeysDialogPart moves={moves} phone={phone} onClose={close} />}
    </>
  );
}
