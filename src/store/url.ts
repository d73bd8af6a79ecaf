/**
 * The view <-> query string contract of PRODUCT.md: lang, tier, industries,
 * count, city, view, compare, embed. Parsing never throws: whatever cannot be used is dropped and
 * reported as a notice, and everything valid is kept.
 */
import { CLUSTER_IDS, isClusterId } from '../domain/clusterIds';
import { isCityCode, MAX_COMPARED, MIN_COMPARED } from '../domain/cityCodes';
import { LANGS, type CountBasis, type Lang, type TierFilter } from '../domain/types';

export interface View {
  lang: Lang;
  tier: TierFilter;
  /** Selected cluster ids in policy order; `null` = every cluster in the tier. */
  industries: string[] | null;
  count: CountBasis;
  city: string | null;
  /** Two to four cities side by side (src/domain/compare.ts), in the order given; `null` = no comparison. */
  compare: string[] | null;
  /** What the main area shows: the map, the cities × clusters table, the atlas of the clusters' maps, or the sources and method. */
  mainView: MainView;
  /** The chrome-less view for an iframe (`embed=1`): map, legend, title, source and a link to the full map. */
  embed: boolean;
}

export type MainView = 'map' | 'table' | 'atlas' | 'sources';
export const MAIN_VIEWS: readonly MainView[] = ['map', 'table', 'atlas', 'sources'];

export const DEFAULT_VIEW: View = { lang: 'ja', tier: 'all', industries: null, count: 'all', city: null, compare: null, mainView: 'map', embed: false };

export type Notice =
  | { kind: 'badValue'; key: string; value: string }
  | { kind: 'unknownKey'; key: string }
  | { kind: 'repeated'; key: string };

const KEYS = ['lang', 'tier', 'industries', 'count', 'city', 'view', 'compare', 'embed'] as const;
type Key = (typeof KEYS)[number];
const TIERS: readonly TierFilter[] = ['all', 'pillar', 'emerging'];
const COUNTS: readonly CountBasis[] = ['all', 'named'];

/** Shown back to the user as text; cut so a hostile value cannot flood the notice. */
function shown(value: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '\uFFFD');
  return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean;
}

function oneOf<T extends string>(options: readonly T[], value: string): T | null {
  return (options as readonly string[]).includes(value) ? (value as T) : null;
}

export function sortIndustries(ids: Iterable<string>): string[] {
  const set = new Set(ids);
  return CLUSTER_IDS.filter((id) => set.has(id));
}

export function parseView(search: string): { view: View; notices: Notice[] } {
  const view: View = { ...DEFAULT_VIEW };
  const notices: Notice[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { view, notices: [{ kind: 'badValue', key: 'query', value: shown(search) }] };
  }
  const seen = new Set<string>();
  for (const [rawKey, value] of params) {
    const key = rawKey as Key;
    if (!(KEYS as readonly string[]).includes(rawKey)) {
      notices.push({ kind: 'unknownKey', key: shown(rawKey) });
      continue;
    }
    if (seen.has(key)) {
      notices.push({ kind: 'repeated', key });
      continue;
    }
    seen.add(key);
    const bad = () => notices.push({ kind: 'badValue', key, value: shown(value) });
    switch (key) {
      case 'lang': {
        const v = oneOf(LANGS, value);
        if (v) view.lang = v;
        else bad();
        break;
      }
      case 'tier': {
        const v = oneOf(TIERS, value);
        if (v) view.tier = v;
        else bad();
        break;
      }
      case 'count': {
        const v = oneOf(COUNTS, value);
        if (v) view.count = v;
        else bad();
        break;
      }
      case 'view': {
        const v = oneOf(MAIN_VIEWS, value);
        if (v) view.mainView = v;
        else bad();
        break;
      }
      case 'embed':
        if (value === '1') view.embed = true;
        else if (value !== '0') bad();
        break;
      case 'city':
        if (isCityCode(value)) view.city = value;
        else bad();
        break;
      case 'compare': {
        // Known cities, each once, at most four; fewer than two left is no comparison.
        const kept: string[] = [];
        for (const code of value.split(',')) {
          if (isCityCode(code) && !kept.includes(code) && kept.length < MAX_COMPARED) kept.push(code);
          else notices.push({ kind: 'badValue', key, value: shown(code) });
        }
        if (kept.length >= MIN_COMPARED) view.compare = kept;
        else if (kept.length) notices.push({ kind: 'badValue', key, value: shown(value) });
        break;
      }
      case 'industries': {
        const parts = value === '' ? [] : value.split(',');
        const valid = parts.filter(isClusterId);
        for (const p of parts) if (!isClusterId(p)) notices.push({ kind: 'badValue', key, value: shown(p) });
        // A list whose every entry was unusable keeps the default rather than selecting nothing.
        view.industries = parts.length > 0 && valid.length === 0 ? null : sortIndustries(valid);
        break;
      }
    }
  }
  return { view, notices };
}

/** The canonical query string of a view; defaults are left out. */
export function serializeView(view: View): string {
  const params: string[] = [];
  if (view.lang !== DEFAULT_VIEW.lang) params.push(`lang=${view.lang}`);
  if (view.tier !== DEFAULT_VIEW.tier) params.push(`tier=${view.tier}`);
  if (view.industries) params.push(`industries=${sortIndustries(view.industries).join(',')}`);
  if (view.count !== DEFAULT_VIEW.count) params.push(`count=${view.count}`);
  if (view.city) params.push(`city=${view.city}`);
  if (view.compare) params.push(`compare=${view.compare.join(',')}`);
  if (view.mainView !== DEFAULT_VIEW.mainView) params.push(`view=${view.mainView}`);
  if (view.embed) params.push('embed=1');
  return params.length ? `?${params.join('&')}` : '';
}
