import { expect, test } from '@playwright/test';
import { waitForMapIdle } from './helpers';

/** Sums every layout shift from the first paint on (the Layout Instability API), as Lighthouse's CLS does for a load without input. */
async function layoutShiftOfLoad(page: import('@playwright/test').Page, url: string) {
  await page.addInitScript(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!e.hadRecentInput) w.__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url);
  await expect(page.getByTestId('ranking')).toBeVisible();
  await waitForMapIdle(page);
  return page.evaluate(() => (window as unknown as { __shift: number }).__shift);
}

for (const [width, height] of [
  [390, 844],
  [1400, 900],
] as const) {
  test(`nothing moves while the page loads at ${width}×${height}`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width, height }, isMobile: width < 700, hasTouch: width < 700 });
    for (const url of ['/?lang=en', '/?industries=new-energy', '/?lang=zh&tier=emerging']) {
      const page = await context.newPage();
      // A slow phone: the panels, fonts and map arrive well after the first paint.
      if (width < 700) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
      expect(await layoutShiftOfLoad(page, url), url).toBeLessThan(0.02);
      await page.close();
    }
    await context.close();
  });
}
