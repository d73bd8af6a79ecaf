/** The product's vocabulary. Pure types: no runtime imports. */

export type Lang = 'ja' | 'en' | 'zh';
export const LANGS: readonly Lang[] = ['ja', 'en', 'zh'];

export type Tier = 'pillar' | 'emerging';
export type TierFilter = 'all' | Tier;
export type Basis = 'named' | 'regional';
export type CountBasis = 'all' | 'named';
export type Role = 'hub' | 'rnd' | 'production' | 'transfer' | 'general';
export const ROLES: readonly Role[] = ['hub', 'rnd', 'production', 'transfer', 'general'];
type RegionId = 'prd' | 'east' | 'west' | 'north';

/** A 6-digit administrative code, e.g. "440100" for Guangzhou. */
export type Adcode = string;

interface Names {
  ja: string;
  zh: string;
  en: string;
}

export interface City {
  adcode: Adcode;
  name: Names;
  region: RegionId;
  coastal: boolean;
}

export interface Target {
  city: Adcode;
  basis: Basis;
  role: Role;
  /** The region term that reaches the city; only for `regional` targets. */
  term?: string | undefined;
  /** The words of the target-area cell the target rests on (a substring of `areas.ja`). */
  quote: string;
}

/** One text in the three UI languages. */
export type Texts = Names;

/** What a note on the data records: a repair of the extracted text, an interpretation, a naming choice, a gap, the source's footnote. */
export type NoteKind = 'repair' | 'interpretation' | 'naming' | 'missing' | 'footnote';
export const NOTE_KINDS: readonly NoteKind[] = ['repair', 'interpretation', 'naming', 'missing', 'footnote'];

export interface Note extends Texts {
  kind: NoteKind;
}

export interface Cluster {
  id: string;
  tier: Tier;
  name: Names;
  /** The cells exactly as extracted from the PDF, `null` where empty. */
  seed: { tier: string | null; name: string | null; focus: string | null; areas: string | null };
  /**
   * The focus areas (重点分野): `ja` repaired from the seed, `en` and `zh`
   * translations of it (`zh` is not the policy's original wording). All
   * three are null exactly where the source cell is empty.
   */
  focus: { ja: string | null; en: string | null; zh: string | null };
  /** Where the source cell is empty: a description from another source, labelled and cited wherever it is shown. */
  focusSupplement: { text: Texts; source: Texts } | null;
  /** The target areas (対象地域): `ja` repaired from the seed, `en` and `zh` translations of it. */
  areas: Texts;
  targets: Target[];
  notes: Note[];
}

export interface RegionTerm {
  id: string;
  terms: string[];
  name: Names;
  cities: Adcode[];
}

export interface SourceInfo {
  title: string;
  publisher: string;
  basis: string;
  policy: { title: string; number: string; issued: string };
  seedFile: string;
  footnote: string;
}

export interface Dataset {
  source: SourceInfo;
  clusters: Cluster[];
  cities: City[];
  regions: RegionTerm[];
}

/** What the user has chosen to look at; everything on screen derives from it. */
export interface ViewFilter {
  tier: TierFilter;
  /** Selected cluster ids; `null` means every cluster in the tier. */
  industries: readonly string[] | null;
  count: CountBasis;
}
