/**
 * Language of parts (WCAG 3.1.2): on each language's pages, every run of text
 * in another language sits in an element whose `lang` says so: the Japanese
 * source quoted on Chinese and English pages, the Chinese official names on
 * Japanese and English ones. And the page's own text keeps its language's
 * punctuation, composed strings included (docs/glossary.md).
 */
import { expect, test, type Page } from '@playwright/test';
import { LANGS, type Lang } from '../src/domain/types';
import { CJK, KANA, SIMPLIFIED_ONLY } from '../src/i18n/writing';

const VIEWS: [string, string, string][] = [
  ['the map', '', 'ranking'],
  ['a city', '&city=440100', 'city-panel'],
  ['a city reached through a region term', '&industries=electronic-information&city=441300', 'city-panel'],
  ['a cluster card', '&industries=green-petrochemicals', 'cluster-card'],
  ['the card of a cluster with region terms', '&industries=new-energy', 'cluster-card'],
  ['the card with the supplement', '&industries=safety-emergency-environmental', 'cluster-card'],
  ['the table', '&view=table', 'table-view'],
  ['the sources view', '&view=sources', 'sources-view'],
];

interface Run {
  text: string;
  lang: string;
}

/** Every text node of the page with the language it is in (its closest `lang`). */
function textRuns(page: Page): Promise<Run[]> {
  return page.evaluate(() => {
    const runs: Run[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (!parent || !text || parent.closest('script, style, noscript, template')) continue;
      runs.push({ text, lang: parent.closest('[lang]')?.getAttribute('lang') ?? '' });
    }
    return runs;
  });
}

const isJa = (lang: string) => lang === 'ja' || lang.startsWith('ja-');
const isZh = (lang: string) => lang === 'zh' || lang.startsWith('zh-');

function problems(runs: Run[], page: Lang): string[] {
  return runs.flatMap(({ text, lang }) => {
    const out: string[] = [];
    if (text.includes('[[')) out.push('a language mark shown');
    if (page !== 'ja' && KANA.test(text) && !isJa(lang)) out.push('kana outside lang="ja"');
    if (page === 'en' && CJK.test(text) && !isJa(lang) && !isZh(lang)) out.push('CJK outside lang="ja"/"zh"');
    if (page === 'ja' && [...text].some((ch) => SIMPLIFIED_ONLY.has(ch)) && !isZh(lang)) out.push('simplified Chinese outside lang="zh-Hans"');
    if (page === 'zh' && isZh(lang) && /[\u4e00-\u9fff][,:;()]|[,:;()][\u4e00-\u9fff]/.test(text)) out.push('ASCII punctuation in Chinese');
    return out.map((why) => `${why}: “${text}” (lang=${lang})`);
  });
}

for (const lang of LANGS) {
  test(`${lang}: every run of another language carries its lang`, async ({ page }) => {
    for (const [name, query, testId] of VIEWS) {
      await page.goto(`/?lang=${lang}${query}`);
      await expect(page.getByTestId(testId), name).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-Hans' : lang);
      const runs = await textRuns(page);
      expect(problems(runs, lang), `${name} (?lang=${lang}${query})`).toEqual([]);
      // The check sees what it must: the other language is on the page, marked.
      if (name === 'a cluster card' && lang !== 'ja') expect(runs.some((r) => KANA.test(r.text) && isJa(r.lang))).toBe(true);
      if (name === 'a cluster card' && lang !== 'zh') expect(runs.some((r) => r.text.includes('绿色石化') && isZh(r.lang))).toBe(true);
    }
  });
}

test('the checks can fail: unmarked Japanese on a Chinese page is found', () => {
  expect(problems([{ text: '经“珠江デルタ”', lang: 'zh-Hans' }], 'zh')).toHaveLength(1);
  expect(problems([{ text: '方向键在城市间移动,Enter', lang: 'zh-Hans' }], 'zh')).toHaveLength(1);
  expect(problems([{ text: '新一代电子信息', lang: 'ja' }], 'ja')).toHaveLength(1);
  expect(problems([{ text: '珠江デルタ', lang: 'ja' }], 'en')).toEqual([]);
});
