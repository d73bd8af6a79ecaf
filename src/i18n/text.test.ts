/**
 * Every UI string and every data text, read by language: each language's own
 * punctuation, no kana on a Chinese or English page but in a marked Japanese
 * quote, no simplified-only character in Japanese but in a marked Chinese
 * one, and the glossary's word for each concept (docs/glossary.md).
 */
import { describe, expect, it } from 'vitest';
import clustersJson from '../../data/clusters.json';
import citiesJson from '../../data/cities.json';
import regionsJson from '../../data/regions.json';
import { VARIANTS } from '../domain/search';
import type { Lang } from '../domain/types';
import { KEYS_STRINGS } from './keysStrings';
import { PUBLISH_STRINGS } from './publishStrings';
import { COMPARE_STRINGS } from './compareStrings';
import { SOURCES_STRINGS } from './sourcesStrings';
import { YOURS_STRINGS } from './yoursStrings';
import { STRINGS, stringForms, type StringEntry } from './strings';
import { CJK, KANA, SIMPLIFIED_ONLY } from './writing';

interface Text {
  where: string;
  lang: Lang;
  text: string;
  /** The JETRO table's own words (repaired), kept as JETRO wrote them: exempt from the UI's punctuation convention. */
  source?: boolean;
}

const tables = { ...STRINGS, ...SOURCES_STRINGS, ...KEYS_STRINGS, ...PUBLISH_STRINGS, ...COMPARE_STRINGS, ...YOURS_STRINGS } as Record<string, Record<Lang, StringEntry>>;
const LANGS: Lang[] = ['ja', 'zh', 'en'];

const uiTexts: Text[] = Object.entries(tables).flatMap(([key, entry]) =>
  LANGS.flatMap((lang) => stringForms(entry[lang]).map((text) => ({ where: `strings ${key}.${lang}`, lang, text }))),
);

type Trio = Record<Lang, string | null>;
const trio = (where: string, texts: Trio, sourceJa = false): Text[] =>
  LANGS.flatMap((lang) => (texts[lang] === null ? [] : [{ where: `${where}.${lang}`, lang, text: texts[lang]!, source: sourceJa && lang === 'ja' }]));

const dataTexts: Text[] = [
  ...clustersJson.clusters.flatMap((c) => [
    ...trio(`clusters ${c.id} name`, c.name),
    ...trio(`clusters ${c.id} focus`, c.focus, true),
    ...trio(`clusters ${c.id} areas`, c.areas, true),
    ...c.notes.flatMap((n, i) => trio(`clusters ${c.id} notes[${i}]`, n)),
    ...(c.focusSupplement ? [...trio(`clusters ${c.id} supplement`, c.focusSupplement.text), ...trio(`clusters ${c.id} supplement source`, c.focusSupplement.source)] : []),
  ]),
  ...citiesJson.flatMap((c) => trio(`cities ${c.adcode} name`, c.name)),
  ...regionsJson.regions.flatMap((r) => trio(`regions ${r.id} name`, r.name)),
];

const all = [...uiTexts, ...dataTexts];

/** The text a reader of the page's language reads: marked runs of another language and {parameters} taken out. */
function own(text: string): string {
  return text.replace(/\[\[(ja|zh|en):[^\]]*\]\]/g, ' ').replace(/\{\w+\}/g, ' ');
}
/** Japanese prose without its quotations of the source (「…」 keep the source's characters). */
const withoutQuotes = (text: string) => own(text).replace(/「[^」]*」/g, '「」');

/** What each check allows, and why: nothing else may break the rule. */
const ALLOWED: { test: RegExp; why: string }[] = [
  { test: /\d,\d{3}/, why: 'a thousands separator in a number' },
];
const allowed = (text: string) => ALLOWED.reduce((t, a) => t.replace(new RegExp(a.test, 'g'), ' '), text);

const NON_SIMPLIFIED = new Set(Object.keys(VARIANTS));

function failures(texts: Text[], bad: (t: Text) => string | null) {
  return texts.flatMap((t) => {
    const why = bad(t);
    return why ? [`${t.where}: ${why} in “${t.text}”`] : [];
  });
}

describe('punctuation, by language', () => {
  it('Chinese uses full-width ，：；（） (no ASCII , : ; ( ) in Chinese prose)', () => {
    expect(failures(all.filter((t) => t.lang === 'zh'), (t) => (/[,:;()]/.test(allowed(own(t.text))) ? 'ASCII punctuation' : null))).toEqual([]);
  });

  it('Japanese UI text and notes use full-width （）：; (the source table’s own words and quotes keep theirs)', () => {
    const texts = all.filter((t) => t.lang === 'ja' && !t.source);
    expect(failures(texts, (t) => (/[,:;()]/.test(allowed(withoutQuotes(t.text))) ? 'ASCII punctuation' : null))).toEqual([]);
  });

  it('English uses no full-width punctuation', () => {
    expect(failures(all.filter((t) => t.lang === 'en'), (t) => (/[，：；（）、。「」“”]/.test(own(t.text).replace(/[“”]/g, '')) ? 'full-width punctuation' : null))).toEqual([]);
  });
});

describe('one language per text, other languages marked', () => {
  it('Chinese has no kana and no Japanese character forms outside a marked Japanese quote', () => {
    expect(
      failures(all.filter((t) => t.lang === 'zh'), (t) => {
        const text = own(t.text);
        if (KANA.test(text)) return 'kana';
        const jp = [...text].filter((ch) => NON_SIMPLIFIED.has(ch));
        return jp.length ? `non-simplified ${jp.join('')}` : null;
      }),
    ).toEqual([]);
  });

  it('English has no Chinese or Japanese outside a marked quote', () => {
    expect(failures(all.filter((t) => t.lang === 'en'), (t) => (CJK.test(own(t.text)) ? 'CJK characters' : null))).toEqual([]);
  });

  it('Japanese has no simplified-only character outside a marked Chinese quote', () => {
    expect(
      failures(all.filter((t) => t.lang === 'ja'), (t) => {
        const zh = [...own(t.text)].filter((ch) => SIMPLIFIED_ONLY.has(ch));
        return zh.length ? `simplified ${zh.join('')}` : null;
      }),
    ).toEqual([]);
  });

  it('marks are well formed: [[ja:…]] and [[zh:…]] only, never empty, never nested', () => {
    expect(failures(all, (t) => (/\[\[(?!(ja|zh):[^[\]]+\]\])/.test(t.text) ? 'a malformed mark' : null))).toEqual([]);
    // Each mark is of a language other than the text's own.
    expect(failures(all, (t) => (t.text.includes(`[[${t.lang}:`) ? 'a mark of its own language' : null))).toEqual([]);
  });
});

/** Words the glossary replaced, per language: each concept has one word (docs/glossary.md). */
const AVOID: Record<Lang, { word: RegExp; use: string; uiOnly?: true }[]> = {
  zh: [
    { word: /指定/, use: '布局 (designation)' },
    { word: /点名/, use: '明确列名 (named)' },
    { word: /修复/, use: '校正 (repair)' },
    { word: /分级/, use: '等级 (class)' },
    { word: /按定位分类/, use: '按定位分列 (cities by role)' },
    { word: /经区域(?!名称)/, use: '经区域名称 (via a region term)' },
    { word: /珠江三角洲/, use: '珠三角 (the policy’s word)' },
    { word: /人工智能终端/, use: '智能终端 (the policy’s word)' },
  ],
  ja: [
    { word: /補修/, use: '修正 (repair)' },
    { word: /区分 ?\{cls\}|区分 \d/, use: '階級 (class); 区分 is the tier' },
    { word: /市名の明記のみ/, use: '市名明記のみ (named only)' },
  ],
  en: [
    { word: /\bindustr(y|ies)\b(?! clusters?)/i, use: 'cluster: in the UI “industry” names a cluster only in “industry cluster”', uiOnly: true },
    { word: /\bseed\b(?! industry)/i, use: 'source table: “seed” is the developers’ word' },
    { word: /smartification/i, use: 'plain English' },
    { word: /\bcandied\b/i, use: 'confectionery (キャンディ)' },
  ],
};

describe('the glossary’s words', () => {
  it.each(LANGS)('%s uses the glossary’s word for each concept', (lang) => {
    // The source table's own words (focus and areas in Japanese) are not the UI's vocabulary.
    const texts = all.filter((t) => t.lang === lang && !t.source);
    const ui = new Set(uiTexts);
    expect(
      failures(texts, (t) => {
        const hit = AVOID[lang].find((a) => (!a.uiOnly || ui.has(t)) && a.word.test(own(t.text)));
        return hit ? `use ${hit.use}` : null;
      }),
    ).toEqual([]);
  });

  it('the checks can fail: each avoided word is caught', () => {
    for (const lang of LANGS) for (const a of AVOID[lang]) expect(a.word.source.length).toBeGreaterThan(0);
    expect(/[,:;()]/.test(own('方向键在城市间移动,Enter 打开详情'))).toBe(true);
    expect(KANA.test(own('经“珠江デルタ”'))).toBe(true);
    expect(KANA.test(own('经“[[ja:珠江デルタ]]”'))).toBe(false);
    expect(/[,:;()]/.test(withoutQuotes('出典の注:「(注)」'))).toBe(true);
    expect(/[,:;()]/.test(withoutQuotes('出典の注：「(注)」'))).toBe(false);
  });
});
