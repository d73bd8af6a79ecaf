/**
 * Which script a character belongs to, for the checks that each language's
 * text stays in its own (src/i18n/text.test.ts, e2e/language.spec.ts).
 */

/** Hiragana, katakana (full- and half-width): Japanese, never Chinese or English. */
export const KANA = /[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]/;

/** Kana and CJK ideographs: none of them belong in English text. */
export const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f]/;

/**
 * Simplified forms that Japanese does not write. Simplified characters that
 * Japanese also uses (机 画 制 湾 数 云 佛 惠 揭 装 医 体 学 国 区 来 …) are left
 * out, so a hit is Chinese for certain.
 */
export const SIMPLIFIED_ONLY = new Set([...'东阳门庆远关头电车药术导积设备业产发开农铁钢仪测报网线视显创环护险应兴轻纺织卫风压质资价两图际计镇县园岛经济龙亚强华广圳']);
