/**
 * The spoken page. @guidepup/virtual-screen-reader reads the page from the
 * accessibility tree, as a screen reader would, in the browser: the page's
 * start, a walk over the map with the arrow keys, Enter on a city and the
 * city's panel, in each language. The transcript is compared with a reviewed
 * one in e2e/spoken/<lang>.txt; after a deliberate change to what the page
 * says, rewrite them with UPDATE_SPOKEN=1 and review the diff.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { LANGS } from '../src/domain/types';
import { waitForMapIdle } from './helpers';

// The library is loaded into the page as a module, which the app's Content Security Policy would refuse.
test.use({ bypassCSP: true, serviceWorkers: 'block' });

const LIBRARY = readFileSync(createRequire(import.meta.url).resolve('@guidepup/virtual-screen-reader/browser.js'), 'utf8');
const START_ITEMS = 24;
const CITY_ITEMS = 16;

declare global {
  interface Window {
    __vsr?: {
      start(options: { container: Node }): Promise<void>;
      stop(): Promise<void>;
      next(): Promise<void>;
      press(key: string): Promise<void>;
      spokenPhraseLog(): Promise<string[]>;
      clearSpokenPhraseLog(): Promise<void>;
    };
  }
}

async function loadReader(page: Page): Promise<void> {
  await page.route('**/__virtual-screen-reader.js', (route) => route.fulfill({ body: LIBRARY, contentType: 'text/javascript' }));
  await page.addScriptTag({ type: 'module', content: "import { virtual } from '/__virtual-screen-reader.js'; window.__vsr = virtual;" });
  await page.waitForFunction(() => window.__vsr !== undefined);
}

/** What the reader says, phrase by phrase, for a list of steps run in the page. */
async function spoken(page: Page, steps: string[]): Promise<string[]> {
  return page.evaluate(async (steps) => {
    const vsr = window.__vsr!;
    const said: string[] = [];
    for (const step of steps) {
      await vsr.clearSpokenPhraseLog();
      if (step === 'next') await vsr.next();
      else await vsr.press(step);
      // Live regions and focus moves are spoken when the page has answered the
      // key: the log is read once it has stopped growing for 300 ms (3 s at most).
      // Moving the reader's cursor is spoken at once.
      let log: string[] = await vsr.spokenPhraseLog();
      for (let quiet = step === 'next' ? 6 : 0, waited = 0; quiet < 6 && waited < 3000; waited += 50) {
        await new Promise((r) => setTimeout(r, 50));
        const now = await vsr.spokenPhraseLog();
        quiet = now.length === log.length ? quiet + 1 : 0;
        log = now;
      }
      said.push(...log.filter((p) => p.trim() !== ''));
    }
    return said;
  }, steps);
}

for (const lang of LANGS) {
  test(`${lang}: the start of the page, a walk over the map and an open city, as spoken`, async ({ page }) => {
    await page.goto(`/?lang=${lang}`);
    await expect(page.getByTestId('ranking')).toBeVisible();
    await waitForMapIdle(page);
    await loadReader(page);

    await page.evaluate(() => window.__vsr!.start({ container: document.body }));
    const start = await spoken(page, Array<string>(START_ITEMS).fill('next'));

    // The map walk: focus on the map, then the keys a keyboard user presses.
    // The neighbours load on the map's first focus; the walk starts once they are in.
    const neighbours = page.waitForResponse((r) => /\/neighbours-[\w-]+\.js$/.test(r.url()));
    await page.getByTestId('map').focus();
    await neighbours;
    await page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
    const walk = await spoken(page, ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'Enter']);
    const city = await spoken(page, Array<string>(CITY_ITEMS).fill('next'));
    await page.evaluate(() => window.__vsr!.stop());

    const transcript = [
      `# ${lang}: the start of the page`,
      ...start,
      '',
      `# ${lang}: the map walk (→ ↓ ← Enter)`,
      ...walk,
      '',
      `# ${lang}: the open city`,
      ...city,
      '',
    ].join('\n');
    const file = new URL(`./spoken/${lang}.txt`, import.meta.url);
    if (process.env.UPDATE_SPOKEN) writeFileSync(file, transcript);
    expect(transcript).toBe(readFileSync(file, 'utf8'));
  });
}
