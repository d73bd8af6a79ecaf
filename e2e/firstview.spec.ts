import { expect, test } from '@playwright/test';
import { classIndex, countClasses } from '../src/domain/classes';
import { REGIONAL_OPACITY } from '../src/domain/palette';
import { cityFill } from '../src/map/model';
import { deriveView } from '../src/store/derived';
import { DEFAULT_VIEW } from '../src/store/url';
import { dataset } from './dataset';
import { expectedCounts } from './expected';
import { mapCounts, openApp, waitForMapIdle, withoutWebgl } from './helpers';

/**
 * Every layout shift from the first paint on (the Layout Instability API), as
 * Lighthouse's CLS counts them for a load without input: their sum, and what
 * moved (for the failure message).
 */
async function layoutShiftOfLoad(page: import('@playwright/test').Page, url: string) {
  await page.addInitScript(() => {
    const w = window as unknown as { __shift: number; __moved: string[] };
    w.__shift = 0;
    w.__moved = [];
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Shift[]) {
        if (e.hadRecentInput) continue;
        w.__shift += e.value;
        for (const s of e.sources) {
          const el = s.node instanceof Element ? `${s.node.tagName}.${s.node.getAttribute('class') ?? ''}` : String(s.node?.nodeName);
          w.__moved.push(`${Math.round(e.startTime)} ms ${e.value.toFixed(3)} ${el} ${JSON.stringify(s.previousRect)} -> ${JSON.stringify(s.currentRect)}`);
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url);
  await expect(page.getByTestId('ranking')).toBeVisible();
  // A phone's map is the SVG map until asked for more; elsewhere the WebGL map draws.
  if (page.viewportSize()!.width <= 760) await expect(page.getByTestId('svg-map-labels').locator('text').first()).toBeVisible();
  else await waitForMapIdle(page);
  // Every font the page asked for is in (and swapped in) by now.
  await page.evaluate(async () => void (await document.fonts.ready));
  return page.evaluate(() => {
    const w = window as unknown as { __shift: number; __moved: string[] };
    return { total: w.__shift, moved: w.__moved };
  });
}

for (const [width, height] of [
  [320, 640],
  [390, 844],
  [768, 1024],
  [1400, 900],
] as const) {
  test(`nothing moves while the page loads at ${width}×${height}`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width, height }, isMobile: width < 700, hasTouch: width < 700 });
    for (const url of ['/?lang=en', '/?industries=new-energy', '/?lang=zh&tier=emerging']) {
      const page = await context.newPage();
      // A slow phone: the panels, fonts and map arrive well after the first paint.
      if (width < 700) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const { total, moved } = await layoutShiftOfLoad(page, url);
      expect(total, `${url}\n${moved.join('\n')}`).toBeLessThan(0.02);
      await page.close();
    }
    await context.close();
  });
}

test('nothing moves when the fonts arrive after the first paint (a phone at 320 px)', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
  // Every font file a second late: the first paint is set in the system's fonts, then the UI font swaps in.
  await context.route(/\.woff2$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.continue();
  });
  for (const url of ['/?lang=en', '/?lang=zh&tier=emerging', '/?industries=new-energy']) {
    const page = await context.newPage();
    const { total, moved } = await layoutShiftOfLoad(page, url);
    expect(total, `${url}\n${moved.join('\n')}`).toBeLessThan(0.02);
    await page.close();
  }
  await context.close();
});

/** The fill each city's path is drawn with, as the browser computes it (boot style sheet or attribute). */
async function firstPaintFills(page: import('@playwright/test').Page) {
  return page.locator('svg.svg-map path[data-adcode]').evaluateAll((paths) =>
    Object.fromEntries(paths.map((p) => [p.getAttribute('data-adcode'), getComputedStyle(p).fill])),
  );
}

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

test('the first paint is the coloured map of the linked view, before the app script runs', async ({ page }) => {
  // The app's own script never arrives: what shows is the built page and its first script, on a phone-sized screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.route(/\/assets\/index-[^/]+\.js$/, (route) => route.abort());
  for (const [query, tier] of [
    ['?lang=en&tier=emerging', 'emerging'],
    ['?lang=en', 'all'],
  ] as const) {
    await page.goto(`/${query}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Guangdong Strategic Cluster Map');
    const counts = expectedCounts(tier);
    const classes = countClasses(dataset.clusters.length);
    const fills = await firstPaintFills(page);
    expect(Object.keys(fills)).toHaveLength(21);
    await expect(page.locator('svg.svg-map')).toBeVisible();
    for (const [code, n] of Object.entries(counts)) expect(fills[code], `${query} ${code}`).toBe(rgb(classes[classIndex(classes, n)]!.color));
    await expect(page.getByTestId('legend')).toBeAttached();
  }
});

test("a one-industry link's first paint: its role colours, pale where a region term alone reaches, before the app script runs", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.route(/\/assets\/index-[^/]+\.js$/, (route) => route.abort());
  let pale = 0;
  for (const id of ['new-energy', 'electronic-information', 'agriculture-food'] as const) {
    await page.goto(`/?lang=en&industries=${id}`);
    await expect(page.locator('svg.svg-map')).toBeVisible();
    // What the app draws from the whole dataset; the page's first script has only the targets' cities, roles and bases.
    const derived = deriveView(dataset, { ...DEFAULT_VIEW, industries: [id] });
    const drawn = await page.locator('svg.svg-map path[data-adcode]').evaluateAll((paths) =>
      paths.map((p) => [p.getAttribute('data-adcode')!, getComputedStyle(p).fill, getComputedStyle(p).fillOpacity] as const),
    );
    expect(drawn).toHaveLength(21);
    for (const [code, fill, opacity] of drawn) {
      const expected = cityFill(derived, code);
      expect([fill, Number(opacity)], `${id} ${code}`).toEqual([rgb(expected.fill), expected.opacity]);
    }
    pale += drawn.filter(([, , opacity]) => Number(opacity) === REGIONAL_OPACITY).length;
  }
  // Cities a region term alone reaches are among them (Zhaoqing for new energy).
  expect(pale).toBeGreaterThan(0);
});

test.describe('on a phone-sized screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the SVG map is the map: labelled, tappable, following the view, without maplibre', async ({ page }) => {
    const maplibre: string[] = [];
    page.on('request', (r) => /\/assets\/(maplibre|MapView)[^/]*\.(m?js|css)$/.test(r.url()) && maplibre.push(r.url()));
    await page.goto('/?lang=en&tier=emerging');
    await expect(page.getByTestId('ranking')).toBeVisible();
    const svgMap = page.getByRole('application', { name: 'Map of the 21 cities of Guangdong' });
    await expect(svgMap.locator('path[data-adcode]')).toHaveCount(21);
    // The names and values over it are the view's; where they would overlap, the more-targeted city's stays.
    const labels = page.getByTestId('svg-map-labels');
    const gz = expectedCounts('emerging')['440100']!;
    await expect(labels.locator('text[data-adcode="440100"]')).toHaveText(`Guangzhou${gz}`);
    const shown = await labels.locator('text[data-adcode]').count();
    expect(shown).toBeGreaterThanOrEqual(8);
    const boxes = await labels.locator('text[data-adcode]').evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect().toJSON()));
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) {
        const overlap = Math.min(Math.min(a.right, b.right) - Math.max(a.left, b.left), Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
        expect(overlap, JSON.stringify([a, b])).toBeLessThan(1);
      }
    // A tap opens the city, with its outline on the map (dispatched on the shape itself: its box's centre is a neighbour's).
    await svgMap.locator('path[data-adcode="440300"]').dispatchEvent('click');
    await expect(page.getByTestId('city-panel')).toContainText('Shenzhen');
    await expect(page).toHaveURL(/city=440300/);
    await expect(svgMap.locator('path[data-adcode="440300"]')).toHaveAttribute('stroke', '#1a1a1a');
    await page.getByTestId('city-panel').getByRole('button', { name: /close/i }).click();
    // A filter change recolours it and relabels it.
    await page.getByRole('radio', { name: 'Pillar' }).check({ force: true });
    const classes = countClasses(dataset.clusters.length);
    const pillar = expectedCounts('pillar')['440100']!;
    await expect(svgMap.locator('path[data-adcode="440100"]')).toHaveAttribute('fill', classes[classIndex(classes, pillar)]!.color);
    await expect(labels.locator('text[data-adcode="440100"]')).toHaveText(`Guangzhou${pillar}`);
    expect(maplibre).toEqual([]);
  });

  test('"Zoom and pan" brings the WebGL map in place; the SVG map answers taps until it has drawn', async ({ page }) => {
    // Hold back the map's worker: the WebGL map cannot draw, so the hand-over waits.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/maplibre-gl-worker-[^/]+\.mjs$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/?lang=en&tier=emerging');
    await expect(page.getByTestId('ranking')).toBeVisible();
    const svgMap = page.getByTestId('first-paint-map');
    // Where the province is drawn: the viewBox (its bounds) fitted, `meet`, in the SVG's box.
    const before = await svgMap.locator('svg.svg-map').first().evaluate((svg: SVGSVGElement) => {
      const box = svg.getBoundingClientRect();
      const { width, height } = svg.viewBox.baseVal;
      const s = Math.min(box.width / width, box.height / height);
      // In the page's coordinates: opening a city below scrolls the page to keep it in sight (src/panels/sheet.ts).
      return { x: box.left + (box.width - width * s) / 2, y: scrollY + box.top + (box.height - height * s) / 2, width: width * s, height: height * s };
    });
    await page.getByRole('button', { name: 'Zoom and pan' }).click();
    await expect(page.getByTestId('zoom-map')).toHaveText('Loading the map…');
    await expect(page.getByTestId('map')).toBeAttached();
    await svgMap.locator('path[data-adcode="440100"]').tap({ force: true });
    await expect(page.getByTestId('city-panel')).toContainText('Guangzhou');
    await page.getByTestId('city-panel').getByRole('button', { name: /close/i }).click();
    release();
    await waitForMapIdle(page);
    await expect(svgMap).toHaveCount(0);
    expect(await mapCounts(page)).toEqual(expectedCounts('emerging'));
    // The WebGL map frames the province where the SVG map did: the same bounds, fitted in the same box.
    const frame = await page.evaluate(() => {
      const map = window.__gdMap!;
      const [sw, ne] = [map.project([109.65, 20.2]), map.project([117.35, 25.55])];
      const box = map.getContainer().getBoundingClientRect();
      return { x: box.left + sw.x, y: scrollY + box.top + ne.y, width: ne.x - sw.x, height: sw.y - ne.y };
    });
    for (const k of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(frame[k] - before[k]), k).toBeLessThan(2);
  });

  test('without WebGL the SVG map stays the map, and asking to zoom says why it cannot', async ({ page }) => {
    await withoutWebgl(page);
    await page.goto('/?lang=en');
    await expect(page.getByTestId('svg-map-labels').locator('text[data-adcode="440100"]')).toBeVisible();
    await expect(page.getByTestId('no-webgl')).toHaveCount(0);
    await page.getByRole('button', { name: 'Zoom and pan' }).click();
    await expect(page.getByTestId('no-webgl')).toBeVisible();
    await expect(page.getByTestId('static-map').locator('path[data-adcode]')).toHaveCount(21);
  });
});

test('one industry on the phone\'s SVG map: role colours, pale and dashed where a region term alone reaches', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?lang=en&industries=new-energy');
  const svg = page.getByTestId('first-paint-map').locator('svg.svg-map');
  await expect(page.getByTestId('svg-map-labels').locator('text').first()).toBeVisible();
  const cluster = dataset.clusters.find((c) => c.id === 'new-energy')!;
  const named = new Set(cluster.targets.filter((t) => t.basis === 'named').map((t) => t.city));
  const regionalOnly = [...new Set(cluster.targets.filter((t) => t.basis === 'regional' && !named.has(t.city)).map((t) => t.city))].sort();
  // Zhaoqing: through 珠江デルタ only; Yangjiang: named.
  await expect(svg.locator('path[data-adcode="441200"]')).toHaveAttribute('fill-opacity', String(REGIONAL_OPACITY));
  await expect(svg.locator('path[data-adcode="441700"]')).toHaveAttribute('fill-opacity', '1');
  const dashed = await svg.locator('g.regional-lines path').evaluateAll((paths) => paths.map((p) => p.getAttribute('data-city')!).sort());
  expect(dashed).toEqual(regionalOnly);
  await expect(svg.locator('path[data-adcode]')).toHaveCount(21);
});

test("on a wide screen the build's page shows its own view, but for its map, until the app's first render", async ({ page }) => {
  // The app's modules never arrive: what shows is the build's page and its first script.
  await page.route(/\/assets\/(index|wide)-[^/]+\.js$/, (route) => route.abort());
  await page.goto('/?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Guangdong Strategic Cluster Map');
  await expect(page.getByTestId('legend')).toBeVisible();
  await expect(page.getByTestId('ranking')).toBeVisible();
  // The WebGL map takes the SVG map's place: the SVG is not painted.
  await expect(page.getByTestId('first-paint-map')).toBeHidden();
  // A view the build did not render (another tier, a city, another language's page) waits for the app.
  for (const query of ['?lang=en&tier=emerging', '?lang=en&city=440300', '?lang=ja']) {
    await page.goto(`/${query === '?lang=ja' ? 'index.en.html' : ''}${query}`);
    await expect(page.getByRole('heading', { level: 1 }), query).toBeHidden();
  }
});

test("the page's first paint comes before any of the app's modules is asked for; then they all are at once", async ({ page }) => {
  // On a wide screen (the build's page shown but for its map) and on a phone (the page and its SVG map).
  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    await page.setViewportSize(viewport);
    await page.goto('/?lang=en');
    await page.waitForFunction(() => !!document.querySelector('#root:not([data-prerendered])'));
    const { fcp, scripts } = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      scripts: performance
        .getEntriesByType('resource')
        .filter((e) => /\/assets\/[^/]+\.js$/.test(e.name) && !/\/first-paint-/.test(e.name))
        .map((e) => ({ name: e.name.replace(/.*\/assets\//, ''), start: e.startTime })),
    }));
    const label = `${viewport.width} px`;
    expect(scripts.length, label).toBeGreaterThan(3);
    for (const { name, start } of scripts) expect(start, `${label}: ${name}`).toBeGreaterThanOrEqual(fcp);
    // The page names none of them itself; its first script asks for them together (no module waits for the one that imports it).
    expect(await page.evaluate(() => document.querySelectorAll('link[rel="modulepreload"]:not([href*="first-paint"])').length), label).toBeGreaterThan(3);
  }
  const html = await (await page.request.get('/index.en.html')).text();
  expect(html).not.toContain('modulepreload');
});

test("the data is asked for from the page's head on a wide screen, and on a phone once its first paint is on screen", async ({ page }) => {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    await page.setViewportSize(viewport);
    await page.goto('/?lang=en');
    // The app has rendered, with the data (the ranking's names are the app's).
    await page.waitForFunction(() => !!document.querySelector('#root:not([data-prerendered])') && performance.getEntriesByName('first-contentful-paint').length > 0);
    await expect(page.getByTestId('ranking')).toBeVisible();
    const { fcp, data } = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      data: performance
        .getEntriesByType('resource')
        .filter((e) => /\/assets\/[^/]+\.(json|geojson)$/.test(e.name))
        .map((e) => ({ name: e.name.replace(/.*\/assets\//, ''), start: e.startTime, by: (e as PerformanceResourceTiming).initiatorType })),
    }));
    const label = `${viewport.width} px`;
    // cities, clusters, regions, the province's and its neighbours' shapes: each once, by a preload.
    expect(data.map((d) => d.name.replace(/-[\w-]{8}\./, '.')).sort(), label).toEqual(['cities.json', 'clusters.json', 'context.geojson', 'guangdong.geojson', 'regions.json']);
    for (const { name, start, by } of data) {
      expect(by, `${label}: ${name}`).toBe('link');
      if (viewport.width > 760) expect(start, `${label}: ${name}`).toBeLessThan(fcp);
      else expect(start, `${label}: ${name}`).toBeGreaterThanOrEqual(fcp);
    }
  }
});

test('on a wide screen the WebGL map starts with the app, its files asked for by the page\'s first script', async ({ page }) => {
  const early: string[] = [];
  page.on('request', (r) => early.push(r.url()));
  await openApp(page, '?lang=en');
  await expect(page.getByTestId('first-paint-map')).toHaveCount(0);
  expect(early.some((u) => /\/assets\/maplibre-[^/]+\.js$/.test(u))).toBe(true);
  expect(await page.locator('link[rel="modulepreload"][href*="/assets/maplibre-"]').count()).toBe(1);
  // The map was created in the visible page, so it fits the province to it: the bounds fill the
  // map's box, less its 16 px padding, in one direction (the build's hidden page had been 0 px wide).
  const fit = await page.evaluate(() => {
    const map = window.__gdMap!;
    const [sw, ne] = [map.project([109.65, 20.2]), map.project([117.35, 25.55])];
    const box = map.getContainer().getBoundingClientRect();
    return Math.min(Math.abs(box.width - 32 - (ne.x - sw.x)), Math.abs(box.height - 32 - (sw.y - ne.y)));
  });
  expect(fit).toBeLessThan(2);
});

test("each language's first view fetches one font file, its own family's first-view cut", async ({ browser }) => {
  for (const [lang, width, family] of [
    ['en', 1280, 'noto-sans-jp'],
    ['zh', 1280, 'noto-sans-sc'],
    ['ja', 390, 'noto-sans-jp'],
    ['zh', 390, 'noto-sans-sc'],
  ] as const) {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    const fonts: string[] = [];
    page.on('request', (r) => r.url().endsWith('.woff2') && fonts.push(r.url().split('/').pop()!));
    await page.goto(`/?lang=${lang}`);
    await expect(page.getByTestId('ranking')).toBeVisible();
    // Labels drawn: on a phone over the SVG map, elsewhere on the WebGL map.
    if (width <= 760) await expect(page.getByTestId('svg-map-labels').locator('text').first()).toBeVisible();
    else await waitForMapIdle(page);
    await expect(page.locator(`link[rel="preload"][as="font"][href*="/${family}-ui-"]`)).toHaveCount(1);
    expect(fonts.map((f) => f.replace(/-[\w-]{8}\.woff2$/, '')), `${lang} at ${width}`).toEqual([`${family}-ui`]);
    await context.close();
  }
});
