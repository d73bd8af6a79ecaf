/**
 * Which map is live: one value, changed only by the transitions below (pure
 * `(state) => state` functions, which the store's actions apply).
 *
 *   svg ──ask──▶ webgl-starting ──drawn──▶ webgl ──lost──▶ lost
 *                     ▲    │                                 │
 *                     │    └──failed──▶ static               │
 *                     └──────────────restored────────────────┘
 *
 * A wide screen starts in webgl-starting with nothing over it; a phone that
 * got the build's page starts in svg. Any state but static can fail to
 * static (no WebGL context, or the map's module did not load).
 */

/** What the map shows. */
type MapMode =
  /** The SVG map is the map: a phone's first view, until the reader asks to zoom and pan. */
  | 'svg'
  /** The WebGL map is being created, under the SVG map of `cover` if any. */
  | 'webgl-starting'
  /** The WebGL map has drawn and is the map. */
  | 'webgl'
  /** The GPU took the WebGL map's context away: the SVG map stands in until it comes back. */
  | 'lost'
  /** No WebGL here: the SVG map for good. */
  | 'static';

/** Where the WebGL map was looking when its context was lost; the next one starts there. */
export interface Camera {
  center: [number, number];
  zoom: number;
}

export interface MapState {
  mode: MapMode;
  /** While the WebGL map starts: the SVG map over it (the first view's, or the stand-in after a lost context), or none. */
  cover: 'first' | 'stand-in' | null;
  /** Counts the WebGL maps created: a new one replaces the last after a lost context. */
  generation: number;
  camera: Camera | null;
  /** Why the map is static: no WebGL in this browser, or the WebGL map's code could not be loaded (null before). */
  failed: 'no-webgl' | 'module' | null;
}

/** Before the page's module decides (and where the build renders the page: the SVG map). */
export const INITIAL_MAP: MapState = { mode: 'svg', cover: null, generation: 0, camera: null, failed: null };

/** The page's module starts the map: the build's SVG map on a phone that has it, else the WebGL map at once. */
export function mapStarted(state: MapState, svgFirst: boolean): MapState {
  return svgFirst ? { ...state, mode: 'svg', cover: null } : { ...state, mode: 'webgl-starting', cover: null };
}

/** "Zoom and pan": the WebGL map starts under the SVG map, which stays until it has drawn. */
export function webglAsked(state: MapState): MapState {
  return state.mode === 'svg' ? { ...state, mode: 'webgl-starting', cover: 'first' } : state;
}

/** The WebGL map has drawn: it is the map, and whatever covered it goes. */
export function webglDrawn(state: MapState): MapState {
  return state.mode === 'webgl-starting' ? { ...state, mode: 'webgl', cover: null } : state;
}

/** No WebGL map can be had (`cause`): the SVG map for good. */
export function webglFailed(state: MapState, cause: 'no-webgl' | 'module' = 'no-webgl'): MapState {
  return { ...state, mode: 'static', cover: null, failed: cause };
}

/** The WebGL context was lost: the SVG map stands in, and the camera is kept for the map that comes back. */
export function webglLost(state: MapState, camera: Camera | null): MapState {
  return state.mode === 'webgl' || state.mode === 'webgl-starting' ? { ...state, mode: 'lost', cover: null, camera: camera ?? state.camera } : state;
}

/** The context is back: a new WebGL map starts under the stand-in, where the last one was looking. */
export function webglRestored(state: MapState): MapState {
  return state.mode === 'lost' ? { ...state, mode: 'webgl-starting', cover: 'stand-in', generation: state.generation + 1 } : state;
}

/** Whether a WebGL map is mounted (drawing, starting, or waiting for its context). */
export const webglMounted = (state: MapState) => state.mode === 'webgl-starting' || state.mode === 'webgl' || state.mode === 'lost';

/** Whether this browser can draw the WebGL map at all (everything but static). */
export const hasWebgl = (state: MapState) => state.mode !== 'static';

/** The SVG map the state puts on screen, if any: which one, whether it takes the keys, and its "Zoom and pan" button (busy once asked). */
export interface SvgMapShown {
  kind: 'first' | 'static' | 'stand-in';
  keys: boolean;
  zoom: { busy: boolean } | null;
}

export function svgMapShown(state: MapState): SvgMapShown | null {
  switch (state.mode) {
    case 'svg':
      return { kind: 'first', keys: true, zoom: { busy: false } };
    case 'webgl-starting':
      // Over the WebGL map while it starts; the keys are already the WebGL map's.
      return state.cover && { kind: state.cover, keys: false, zoom: state.cover === 'first' ? { busy: true } : null };
    case 'lost':
      return { kind: 'stand-in', keys: true, zoom: null };
    case 'static':
      return { kind: 'static', keys: true, zoom: null };
    case 'webgl':
      return null;
  }
}
