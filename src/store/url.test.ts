import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLUSTER_IDS } from '../domain/clusterIds';
import { CITY_CODES } from '../domain/cityCodes';
import { DEFAULT_VIEW, parseView, serializeView, type View } from './url';

describe('parseView', () => {
  it('reads every parameter', () => {
    const { view, notices } = parseView('?lang=en&tier=emerging&industries=new-energy,automotive&count=named&city=440300&compare=441200,440600&view=sources&embed=1');
    expect(view).toEqual({
      lang: 'en',
      tier: 'emerging',
      industries: ['automotive', 'new-energy'],
      count: 'named',
      city: '440300',
      compare: ['441200', '440600'],
      mainView: 'sources',
      embed: true,
    });
    expect(notices).toEqual([]);
  });

  it('drops a malformed value with a notice and keeps the rest', () => {
    const { view, notices } = parseView('?lang=fr&tier=pillar&count=<script>');
    expect(view).toEqual({ ...DEFAULT_VIEW, tier: 'pillar' });
    expect(notices).toEqual([
      { kind: 'badValue', key: 'lang', value: 'fr' },
      { kind: 'badValue', key: 'count', value: '<script>' },
    ]);
  });

  it('compares two to four known cities, each once, and reports what it drops', () => {
    expect(parseView('?compare=440600,441200,440600,449999,440100,440800,445100')).toEqual({
      view: { ...DEFAULT_VIEW, compare: ['440600', '441200', '440100', '440800'] },
      notices: [
        { kind: 'badValue', key: 'compare', value: '440600' },
        { kind: 'badValue', key: 'compare', value: '449999' },
        { kind: 'badValue', key: 'compare', value: '445100' },
      ],
    });
    // One city is no comparison; neither is none.
    expect(parseView('?compare=440600,x')).toEqual({
      view: DEFAULT_VIEW,
      notices: [
        { kind: 'badValue', key: 'compare', value: 'x' },
        { kind: 'badValue', key: 'compare', value: '440600,x' },
      ],
    });
    expect(parseView('?compare=').notices).toEqual([{ kind: 'badValue', key: 'compare', value: '' }]);
    expect(parseView('?city=449999').notices).toEqual([{ kind: 'badValue', key: 'city', value: '449999' }]);
  });

  it('keeps the known industries of a list and reports the unknown ones', () => {
    const { view, notices } = parseView('?industries=automotive,__proto__,constructor,automotive');
    expect(view.industries).toEqual(['automotive']);
    expect(notices.map((n) => n.kind === 'badValue' && n.value)).toEqual(['__proto__', 'constructor']);
  });

  it('reads the main view, and drops an unknown one with a notice', () => {
    expect(parseView('?view=table').view.mainView).toBe('table');
    const { view, notices } = parseView('?view=globe');
    expect(view.mainView).toBe('map');
    expect(notices).toEqual([{ kind: 'badValue', key: 'view', value: 'globe' }]);
    expect(serializeView({ ...DEFAULT_VIEW, mainView: 'table' })).toBe('?view=table');
    expect(serializeView(DEFAULT_VIEW)).toBe('');
  });

  it('reads an empty industries list as "none selected"', () => {
    expect(parseView('?industries=').view.industries).toEqual([]);
  });

  it('uses the first of repeated keys and says so', () => {
    const { view, notices } = parseView('?tier=pillar&tier=emerging');
    expect(view.tier).toBe('pillar');
    expect(notices).toEqual([{ kind: 'repeated', key: 'tier' }]);
  });

  it('reads embed=1 as the embed view, embed=0 as the full app, and anything else as a notice', () => {
    expect(parseView('?embed=1').view.embed).toBe(true);
    expect(parseView('?embed=0')).toEqual({ view: DEFAULT_VIEW, notices: [] });
    expect(parseView('?embed=yes')).toEqual({ view: DEFAULT_VIEW, notices: [{ kind: 'badValue', key: 'embed', value: 'yes' }] });
    expect(serializeView({ ...DEFAULT_VIEW, lang: 'en', embed: true })).toBe('?lang=en&embed=1');
  });

  it('reports unknown keys and shortens and neutralises what it shows back', () => {
    const { notices } = parseView(`?x=1&city=${'9'.repeat(500)}&lang=%E2%80%AEen`);
    expect(notices[0]).toEqual({ kind: 'unknownKey', key: 'x' });
    const [, long, bidi] = notices as { value: string }[];
    expect(long!.value.length).toBeLessThanOrEqual(41);
    expect(bidi!.value).not.toMatch(/\u202e/);
  });
});

const viewArb: fc.Arbitrary<View> = fc.record({
  lang: fc.constantFrom('ja', 'en', 'zh'),
  tier: fc.constantFrom('all', 'pillar', 'emerging'),
  industries: fc.option(fc.subarray(CLUSTER_IDS as string[]), { nil: null }),
  count: fc.constantFrom('all', 'named'),
  city: fc.option(fc.constantFrom('440100', '440300', '445300'), { nil: null }),
  compare: fc.option(fc.uniqueArray(fc.constantFrom(...CITY_CODES), { minLength: 2, maxLength: 4 }), { nil: null }),
  mainView: fc.constantFrom('map', 'table', 'atlas', 'sources'),
  embed: fc.boolean(),
});

describe('URL properties', () => {
  it('round-trips every valid view', () => {
    fc.assert(
      fc.property(viewArb, (view) => {
        const parsed = parseView(serializeView(view));
        expect(parsed.notices).toEqual([]);
        expect(serializeView(parsed.view)).toBe(serializeView(view));
      }),
    );
  });

  it('never throws on any query string and always yields a valid, re-serialisable view', () => {
    const hostile = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc
        .array(fc.tuple(fc.constantFrom('lang', 'tier', 'industries', 'count', 'city', 'compare', 'view', '__proto__', 'constructor', '#x'), fc.string({ unit: 'binary' })))
        .map((pairs) => '?' + pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')),
    );
    fc.assert(
      fc.property(hostile, (search) => {
        const { view } = parseView(search);
        expect(['ja', 'en', 'zh']).toContain(view.lang);
        expect(['all', 'pillar', 'emerging']).toContain(view.tier);
        expect(['all', 'named']).toContain(view.count);
        for (const id of view.industries ?? []) expect(CLUSTER_IDS).toContain(id);
        if (view.city !== null) expect(CITY_CODES).toContain(view.city);
        if (view.compare !== null) {
          expect(view.compare.length).toBeGreaterThanOrEqual(2);
          expect(view.compare.length).toBeLessThanOrEqual(4);
          expect(new Set(view.compare).size).toBe(view.compare.length);
          for (const c of view.compare) expect(CITY_CODES).toContain(c);
        }
        expect(['map', 'table', 'atlas', 'sources']).toContain(view.mainView);
        expect(Object.getPrototypeOf(view)).toBe(Object.prototype);
        expect(parseView(serializeView(view)).notices).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
