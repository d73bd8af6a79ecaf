/**
 * The fonts a PDF export embeds, one TrueType file per language cut at build
 * time (scripts/uiFont.ts `pdfText`): fetched only when a PDF is asked for.
 */
import type { Lang } from '../domain/types';
import en from '../fonts/generated/pdf-en.ttf?url';
import ja from '../fonts/generated/pdf-ja.ttf?url';
import zh from '../fonts/generated/pdf-zh.ttf?url';

const FILES: Record<Lang, string> = { ja, en, zh };

export async function pdfFontFile(lang: Lang): Promise<Uint8Array> {
  const res = await fetch(FILES[lang]);
  if (!res.ok) throw new Error(`the PDF font did not load (HTTP ${res.status})`);
  return new Uint8Array(await res.arrayBuffer());
}
