/**
 * The cross-engine specs' fixture: one browser per engine and worker (a
 * spec file runs serially in one worker, so one per engine), and the page
 * helpers those specs share, written once for every driver.
 */
import { test as base } from '@playwright/test';
import type { PNG } from 'pngjs';
import { launchEngine, type EngineName, type EngineSession } from './drivers';

export const test = base.extend<object, { engineName: EngineName; engine: EngineSession }>({
  engineName: ['webkit', { option: true, scope: 'worker' }],
  engine: [
    async ({ engineName }, use) => {
      const engine = await launchEngine(engineName);
      await use(engine);
      await engine.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
});

export { expect } from '@playwright/test';

/** Whether the engine draws the WebGL map (else the app's static SVG map). */
export const hasWebgl = (engine: EngineSession) => engine.name !== 'firefox-no-webgl';

/**
 * Opens the app and waits until its map is drawn: the WebGL map's first idle
 * with its labels, or the static map painted; then the ranking is in.
 */
export async function openApp(engine: EngineSession, url: string, size?: { width: number; height: number }) {
  await engine.open(url, size);
  await rankingShown(engine);
  if (hasWebgl(engine)) await mapIdle(engine);
  // Its names too (their module loads after the map): the colour checks keep clear of them.
  else await engine.waitFor(() => document.querySelectorAll('[data-testid=static-map] .svg-map-labels text').length > 0, [], 'the static map and its names');
}

/**
 * The app's ranking on screen, as the reader sees it. The build's page has one
 * too: shown on a phone and, for the build's own view, on a desktop until the
 * app's first render replaces the page (its root marked \`data-prerendered\`
 * until then), hidden for other views until the app fills it in.
 */
export async function rankingShown(engine: EngineSession): Promise<Record<string, number>> {
  return engine.waitFor(
    () => {
      const ranking = document.querySelector('[data-testid=ranking]');
      const buttons = [...(ranking?.querySelectorAll('button[data-adcode]') ?? [])];
      if (!ranking || ranking.closest('[data-prerendered]') || buttons.length !== 21 || !ranking.getClientRects().length || getComputedStyle(ranking).visibility !== 'visible') return null;
      return Object.fromEntries(buttons.map((b) => [b.getAttribute('data-adcode')!, Number(b.querySelector('[data-testid=ranking-value]')!.textContent)]));
    },
    [],
    'the ranking on screen',
    30_000,
  );
}

/** The WebGL map's next idle, with its labels on (a repaint forced, so an idle comes when nothing moves). */
export async function mapIdle(engine: EngineSession) {
  await engine.waitFor(() => !!window.__gdMap && !!document.querySelector('[data-testid=map-labels] text'), [], 'the WebGL map and its labels', 30_000);
  await engine.run(
    () =>
      new Promise<boolean>((resolve) => {
        const map = window.__gdMap!;
        map.once('idle', () => resolve(true));
        map.triggerRepaint();
      }),
  );
}

/** The legend's colour for each count, read from its swatches and labels ("0", "4–7", "14–17"). */
export function legendColours(engine: EngineSession): Promise<{ from: number; to: number; colour: string }[]> {
  return engine.run(() =>
    [...document.querySelectorAll('[data-testid=legend] li')].map((li) => {
      const [from, to] = li.querySelector('.legend-label')!.textContent!.split(/[–-]/).map(Number);
      return { from: from!, to: to ?? from!, colour: li.querySelector('rect')!.getAttribute('fill')!.toLowerCase() };
    }),
  );
}

/**
 * For each city, a point well inside it on the map as drawn, clear of the
 * names: on the WebGL map found with its own hit test, on the SVG map with
 * the path's fill test (its names hidden). Viewport coordinates.
 */
export function cityPoints(engine: EngineSession): Promise<Record<string, { x: number; y: number }>> {
  if (hasWebgl(engine))
    return engine.run(() => {
      const map = window.__gdMap!;
      const box = map.getCanvas().getBoundingClientRect();
      const at = (x: number, y: number) => String(map.queryRenderedFeatures([x, y], { layers: ['city-fill'] })[0]?.properties.adcode ?? '');
      const labels = [...document.querySelectorAll('[data-testid=map-labels] :is(.svg-map-label, .svg-map-context-label)')].map((t) => t.getBoundingClientRect()).filter((r) => r.width);
      const found: Record<string, { x: number; y: number }> = {};
      for (let y = 12; y < box.height - 12; y += 3)
        for (let x = 12; x < box.width - 12; x += 3) {
          const code = at(x, y);
          if (!code || found[code]) continue;
          if ([[-5, 0], [5, 0], [0, -5], [0, 5]].some(([dx, dy]) => at(x + dx!, y + dy!) !== code)) continue;
          const [vx, vy] = [box.left + x, box.top + y];
          if (labels.some((r) => r.left < vx + 5 && vx - 5 < r.right && r.top < vy + 5 && vy - 5 < r.bottom)) continue;
          found[code] = { x: box.left + x, y: box.top + y };
        }
      return found;
    });
  // The SVG map's names can cover a small city whole (Zhuhai): they are hidden for the check, which is of the fills.
  return engine.run(() => {
    document.querySelector<SVGGElement>('.svg-map-labels')?.setAttribute('visibility', 'hidden');
    const found: Record<string, { x: number; y: number }> = {};
    for (const path of document.querySelectorAll<SVGPathElement>('.svg-map-holder svg.svg-map path[data-adcode]')) {
      const ctm = path.ownerSVGElement!.getScreenCTM()!;
      const b = path.getBBox();
      const inside = (x: number, y: number) => path.isPointInFill(new DOMPoint(x, y));
      const d = 5 / ctm.a;
      search: for (let y = b.y; y < b.y + b.height; y += b.height / 80)
        for (let x = b.x; x < b.x + b.width; x += b.width / 80) {
          if (![[0, 0], [-d, 0], [d, 0], [0, -d], [0, d]].every(([dx, dy]) => inside(x + dx!, y + dy!))) continue;
          const p = new DOMPoint(x, y).matrixTransform(ctm);
          found[path.getAttribute('data-adcode')!] = { x: p.x, y: p.y };
          break search;
        }
    }
    return found;
  });
}

/** A pixel of a screenshot as #rrggbb (the screenshot's pixels may be device pixels: `scale`). */
export function pixel(png: PNG, x: number, y: number, scale = 1): string {
  const i = (Math.round(y * scale) * png.width + Math.round(x * scale)) * 4;
  return `#${[0, 1, 2].map((k) => png.data[i + k]!.toString(16).padStart(2, '0')).join('')}`;
}

/** Whether two colours are within `tolerance` on each channel. */
export const near = (a: string, b: string, tolerance = 6) =>
  [1, 3, 5].every((i) => Math.abs(parseInt(a.slice(i, i + 2), 16) - parseInt(b.slice(i, i + 2), 16)) <= tolerance);

/**
 * Catches the app's downloads in the page: each blob and file name the
 * export menu hands to a download link, kept in `window.__downloads`
 * (the link's click itself, which would open the engine's save dialog or
 * write to its download folder, is not made).
 */
export function catchDownloads(engine: EngineSession) {
  return engine.run(() => {
    const w = window as unknown as { __downloads: { name: string; blob: Blob }[] };
    w.__downloads = [];
    const blobs = new Map<string, Blob>();
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (obj: Blob | MediaSource) => {
      const url = create(obj);
      if (obj instanceof Blob) blobs.set(url, obj);
      return url;
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const blob = blobs.get(this.href);
      if (this.download && blob) w.__downloads.push({ name: this.download, blob });
    };
    return true;
  });
}

/** The next download caught (catchDownloads), as its name and bytes (base64). */
export async function nextDownload(engine: EngineSession, index: number): Promise<{ name: string; bytes: Buffer }> {
  const got = await engine.waitFor(
    (i: number) => {
      const d = (window as unknown as { __downloads?: { name: string; blob: Blob }[] }).__downloads?.[i];
      if (!d) return null;
      return d.blob.arrayBuffer().then((buf) => {
        let s = '';
        const bytes = new Uint8Array(buf);
        for (let k = 0; k < bytes.length; k += 0x8000) s += String.fromCharCode(...bytes.subarray(k, k + 0x8000));
        return { name: d.name, base64: btoa(s) };
      });
    },
    [index],
    `download ${index + 1}`,
    60_000,
  );
  return { name: got.name, bytes: Buffer.from(got.base64, 'base64') };
}
