import { expect, test } from '@playwright/test';
import { expectedCounts } from './expected';
import { mapCounts, openApp, rankingCounts, waitForMapIdle, watchCsp, watchErrors, withoutWebgl } from './helpers';

const HOSTILE: [string, string][] = [
  ['script fragment', '?lang=<script>window.__pwned=1</script>&tier=emerging'],
  ['html in an id list', '?industries=<img src=x onerror="window.__pwned=1">,new-energy'],
  ['javascript: value', '?city=javascript:window.__pwned=1&count=named'],
  ['very long value', `?tier=${'pillar'.repeat(800)}&lang=en`],
  ['repeated keys', '?tier=pillar&tier=emerging&tier=<b>x</b>'],
  ['control and bidi characters', '?lang=%00%1b%E2%80%AEen&count=%0Anamed'],
  ['prototype keys', '?__proto__=x&constructor=y&industries=__proto__,constructor,toString'],
  ['unknown ids', '?industries=not-a-cluster&city=449999'],
  ['hash fragment', '?tier=emerging#<img src=x onerror=alert(1)>'],
  ['broken percent-encoding', '?lang=%E0%A4%A&tier=%'],
];

for (const [what, query] of HOSTILE) {
  test(`hostile URL (${what}): no crash, no script, no console error`, async ({ page }) => {
    const errors = watchErrors(page);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await openApp(page, query);
    await expect(page.getByTestId('ranking').locator('button')).toHaveCount(21);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    expect(await page.locator('img[src=x], b').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    // The address now holds only what the app understood.
    const params = new URL(page.url()).searchParams;
    for (const [k, v] of params) expect(`${k}=${v}`).toMatch(/^(lang=(en|zh)|tier=(pillar|emerging)|count=named|industries=[a-z,-]*|city=44\d{4})$/);
  });
}

test('a failed data load shows an error panel; retry brings the app back without a reload', async ({ page }) => {
  let fail = true;
  await page.route('**/assets/clusters-*.json', (route) => (fail ? route.fulfill({ status: 503, body: 'down' }) : route.fallback()));
  await page.goto('/?tier=emerging');
  const panel = page.getByTestId('load-error');
  await expect(panel).toContainText('data/clusters.json');
  await expect(panel).toContainText('503');
  fail = false;
  await panel.getByRole('button').click();
  await expect(page.getByTestId('ranking').locator('button')).toHaveCount(21);
  await waitForMapIdle(page);
  expect(await mapCounts(page)).toEqual(expectedCounts('emerging'));
  expect(page.url()).toContain('tier=emerging');
});

test('a malformed data file is named, with the record and field', async ({ page }) => {
  await page.route('**/assets/cities-*.json', async (route) => {
    const response = await route.fetch();
    const cities = await response.json();
    cities[2].adcode = 'ZH';
    await route.fulfill({ response, json: cities });
  });
  await page.goto('/');
  await expect(page.getByTestId('load-error')).toContainText('data/cities.json');
  await expect(page.getByTestId('load-error')).toContainText('[2] (ZH).adcode');
});

test('the data files the build validated load without the schemas; a file changed since is validated in the browser and used', async ({ page }) => {
  const schemaRequests = (p: typeof page) => {
    const seen: string[] = [];
    p.on('request', (r) => {
      if (/\/assets\/schema-[^/]+\.js$/.test(new URL(r.url()).pathname)) seen.push(r.url());
    });
    return seen;
  };
  const pristine = schemaRequests(page);
  await openApp(page);
  expect(pristine).toEqual([]);

  const changed = await page.context().newPage();
  const loaded = schemaRequests(changed);
  await changed.route('**/assets/cities-*.json', async (route) => {
    const response = await route.fetch();
    const cities = await response.json();
    cities[0].name.ja = '試験市';
    await route.fulfill({ response, json: cities });
  });
  await openApp(changed);
  await expect(changed.getByTestId('ranking')).toContainText('試験市');
  expect(loaded).toHaveLength(1);
});

test('without the context layer the map still works and says so quietly', async ({ page }) => {
  const errors = watchErrors(page);
  await page.route('**/assets/context-*.geojson', (route) => route.abort('failed'));
  await openApp(page);
  await expect(page.getByTestId('context-missing')).toBeVisible();
  expect(await mapCounts(page)).toEqual(expectedCounts());
  expect(errors.filter((e) => !e.includes('net::ERR_FAILED'))).toEqual([]);
});

test('no WebGL: static map, ranking, city panel, table and CSV still serve the user', async ({ page }) => {
  await withoutWebgl(page);
  const errors = watchErrors(page);
  await page.goto('/?tier=pillar');
  await expect(page.getByTestId('no-webgl')).toBeVisible();
  await expect(page.getByTestId('static-map').locator('path[data-adcode]')).toHaveCount(21);
  await expect(page.getByTestId('static-map').locator('text[data-id="820000"]')).toHaveText('マカオ');
  await expect(page.getByTestId('table-view').locator('tbody tr')).toHaveCount(21);
  expect(await rankingCounts(page)).toEqual(expectedCounts('pillar'));
  await page.getByTestId('static-map').locator('path[data-adcode="440100"]').click({ force: true });
  await expect(page.getByTestId('city-panel')).toContainText('広州');
  await page.keyboard.press('Escape');
  await page.getByTestId('export-button').click();
  await expect(page.getByTestId('export-menu').locator('[data-format="png2"]')).toBeDisabled();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-menu').locator('[data-format="csv"]').click()]);
  expect(download.suggestedFilename()).toMatch(/^guangdong-clusters_pillar_all_.*\.csv$/);
  expect(errors).toEqual([]);
});

test('the Content Security Policy is in force and using the app raises no violation', async ({ page }) => {
  const violations = await watchCsp(page);
  const response = await page.goto('/');
  expect(response!.headers()['content-security-policy']).toContain("script-src 'self'");
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /default-src 'self'/);
  await openApp(page, '?city=440300');
  await page.getByRole('radio', { name: '新興産業' }).check({ force: true });
  await page.getByTestId('show-table').click();
  for (const format of ['png1', 'svg', 'geojson']) {
    await page.getByTestId('export-button').click();
    await Promise.all([page.waitForEvent('download'), page.getByTestId('export-menu').locator(`[data-format="${format}"]`).click()]);
  }
  expect(await violations()).toEqual([]);
  // And it really blocks: an inline script injected now does not run.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inline = 1';
    document.body.appendChild(s);
  });
  expect(await page.evaluate(() => window.__inline)).toBeUndefined();
  expect((await violations()).some((v) => v.startsWith('script-src'))).toBe(true);
});
