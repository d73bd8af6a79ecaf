import { describe, expect, it } from 'vitest';
import { LANGS } from '../domain/types';
import type { Lang } from '../domain/types';
import { KEYS_STRINGS } from './keysStrings';
import { PUBLISH_STRINGS } from './publishStrings';
import { COMPARE_STRINGS } from './compareStrings';
import { SOURCES_STRINGS } from './sourcesStrings';
import { YOURS_STRINGS } from './yoursStrings';
import { formatNumber, LOCALES, STRINGS, stringForms, t, translate, type StringEntry } from './strings';

describe('formatNumber', () => {
  it.each(LANGS)('writes what Intl writes for %s, on and off the plain-digit path', (lang) => {
    const intl = new Intl.NumberFormat(LOCALES[lang]);
    for (const n of [0, 1, 7, 20, 21, 99, 100, 999, 1000, 12345, 1234567, -1, -1000, 0.5, 2.25, 999.5])
      expect(formatNumber(lang, n), String(n)).toBe(intl.format(n));
  });
});

describe('counts in words', () => {
  const tables = { ...STRINGS, ...SOURCES_STRINGS, ...KEYS_STRINGS, ...PUBLISH_STRINGS, ...COMPARE_STRINGS, ...YOURS_STRINGS } as Record<string, Record<Lang, StringEntry>>;
  const countKeys = Object.keys(tables).filter((k) => LANGS.some((l) => stringForms(tables[k]![l]).some((f) => f.includes('{n}'))));

  it('finds the strings that name a count', () => {
    expect(countKeys).toEqual(expect.arrayContaining(['legendCities', 'clustersCount', 'tooltipCounts', 'nIndustries', 'noteCount', 'searchCount', 'keyCity']));
  });

  it.each(countKeys)('%s: one is singular and two plural in English', (key) => {
    const one = translate(tables[key]!.en, 'en', { n: 1, named: 0 });
    const two = translate(tables[key]!.en, 'en', { n: 2, named: 0 });
    expect(one).not.toMatch(/\b1 (cities|clusters|industries|results|designations|notes)\b/);
    expect(two).not.toMatch(/\b2 (city|cluster|industry|result|designation|note)\b/);
    expect(one).toContain('1');
    expect(two).toContain('2');
  });

  it('has one form in Japanese and Chinese, with the number in it', () => {
    expect(t('ja', 'legendCities', { n: 1 })).toBe('1市');
    expect(t('ja', 'legendCities', { n: 21 })).toBe('21市');
    expect(t('zh', 'clustersCount', { n: 1 })).toBe('1个集群');
    expect(t('en', 'legendCities', { n: 1 })).toBe('1 city');
    expect(t('en', 'legendCities', { n: 0 })).toBe('0 cities');
    expect(t('en', 'clustersCount', { n: 20 })).toBe('20 clusters');
  });
});
