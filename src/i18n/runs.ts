/**
 * Text in one language that quotes another: the Japanese source quoted on a
 * Chinese or English page, a Chinese official name on a Japanese or English
 * one. Strings and data texts mark such a run `[[ja:…]]` or `[[zh:…]]`; the
 * UI shows it in an element with its own `lang` (WCAG 3.1.2, language of
 * parts), and plain-text uses (exports, titles) drop the marks.
 */
import type { Lang } from '../domain/types';

export interface Run {
  text: string;
  /** The run's language where it differs from the text around it. */
  lang?: Lang;
}

const MARKED = /\[\[(ja|zh|en):([^\]]*)\]\]/g;

export function langRuns(text: string): Run[] {
  const runs: Run[] = [];
  let at = 0;
  for (const m of text.matchAll(MARKED)) {
    if (m.index > at) runs.push({ text: text.slice(at, m.index) });
    runs.push({ text: m[2]!, lang: m[1] as Lang });
    at = m.index + m[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}

/** The text without its language marks. */
export function plainText(text: string): string {
  return text.replace(MARKED, '$2');
}
