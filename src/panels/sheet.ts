/**
 * Keeps the city a reader opens in sight beside its panel where the page
 * scrolls: on a phone, where the panel is a sheet over the bottom of the
 * screen, and on a phone held sideways, where the map is a screen high
 * (WCAG 2.4.11 for the map's own selection). The page scrolls, as little as
 * it can, until the city (on the SVG map) or the map (the WebGL map, which
 * eases the city clear of the panel itself: src/map/webgl/keepInView.ts)
 * sits in the part of the window the panel leaves free. Where the page does
 * not scroll (a desktop's window-high app) nothing moves.
 */
import type { Box } from '../store/store';

interface Band {
  top: number;
  bottom: number;
}

/** The window's rows the map can be seen in: above the panel where it is a sheet across the bottom, else all of them. */
export function freeBand(viewport: { width: number; height: number }, panel: Box | null): Band {
  const sheet = panel && panel.left <= 1 && panel.right >= viewport.width - 1 && panel.bottom >= viewport.height - 1 && panel.top > 0;
  return { top: 0, bottom: sheet ? panel.top : viewport.height };
}

/**
 * How far to scroll the page (CSS pixels, positive down) for `target` to sit
 * inside `band` with `margin` to spare, moving as little as possible: 0 when
 * it is already there; its top to the band's top when it is taller than the band.
 */
export function revealScroll(target: Band, band: Band, margin = 12): number {
  const top = band.top + margin;
  const bottom = band.bottom - margin;
  if (target.top >= top && target.bottom <= bottom) return 0;
  if (target.bottom - target.top > bottom - top || target.top < top) return target.top - top;
  return target.bottom - bottom;
}

/** Scrolls the page so the city's map, and on the SVG map the city, is in sight beside the panel. */
export function revealCity(adcode: string, panel: HTMLElement) {
  const wrap = document.querySelector('.map-wrap');
  if (!wrap) return;
  const map = wrap.getBoundingClientRect();
  const path = wrap.querySelector(`.svg-map-holder path[data-adcode="${adcode}"]`);
  // The viewport less its scroll bars (Firefox's take room from the page, and from a full-width sheet).
  const viewport = { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight };
  const band = freeBand(viewport, panel.getBoundingClientRect());
  let delta: number;
  if (path) {
    const city = path.getBoundingClientRect();
    delta = revealScroll({ top: Math.max(city.top, map.top), bottom: Math.min(city.bottom, map.bottom) }, band);
  } else delta = revealScroll(map, band, 0);
  if (delta) scrollBy({ top: delta, behavior: 'auto' });
}
