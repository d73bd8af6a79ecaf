/**
 * The 21 prefecture-level cities' adcodes in the standard order (PRODUCT.md),
 * as the URL contract checks them before the data is in; the list
 * is checked against data/cities.json (src/domain/compare.test.ts).
 */
export const CITY_CODES = [
  '440100', '440300', '440400', '440500', '440600', '440200', '441600', '441400', '441300', '441500', '441900',
  '442000', '440700', '441700', '440800', '440900', '441200', '441800', '445100', '445200', '445300',
] as const;

const KNOWN: ReadonlySet<string> = new Set(CITY_CODES);

/** How many cities a comparison (`compare=`, src/domain/compare.ts) puts side by side. */
export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

export const isCityCode = (code: string): boolean => KNOWN.has(code);
