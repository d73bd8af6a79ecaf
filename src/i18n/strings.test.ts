import { describe, expect, it } from 'vitest';
import { LANGS } from '../domain/types';
import { formatNumber, LOCALES } from './strings';

describe('formatNumber', () => {
  it.each(LANGS)('writes what Intl writes for %s, on and off the plain-digit path', (lang) => {
    const intl = new Intl.NumberFormat(LOCALES[lang]);
    for (const n of [0, 1, 7, 20, 21, 99, 100, 999, 1000, 12345, 1234567, -1, -1000, 0.5, 2.25, 999.5])
      expect(formatNumber(lang, n), String(n)).toBe(intl.format(n));
  });
});
