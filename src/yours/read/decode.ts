/**
 * Which encoding a text file is in, among those Excel and the analysts' own
 * tools write: UTF-8 (with or without BOM), UTF-16 (with BOM, or the pattern
 * of its zero bytes), Shift_JIS/CP932 (Excel on Japanese Windows),
 * GB18030/GBK (on Chinese Windows) and Big5.
 *
 * The browser's own decoders do the decoding, and their tables the guessing:
 * a file that is valid UTF-8 is UTF-8; otherwise each legacy encoding that
 * decodes it without error is scored by how much of the text falls among that
 * encoding's common characters (JIS level 1 and kana; GB2312 level 1; Big5's
 * frequent characters), read from the decoders themselves. Bytes of one
 * encoding read as another land on rare characters and half-width kana. A
 * charset-detection library (jschardet) would add 1.2 MB of tables for many
 * encodings we never see; the reader can always override the guess.
 */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'shift_jis' | 'gb18030' | 'big5';
export const ENCODINGS: readonly Encoding[] = ['utf-8', 'utf-16le', 'utf-16be', 'shift_jis', 'gb18030', 'big5'];
const LEGACY: readonly Encoding[] = ['shift_jis', 'gb18030', 'big5'];

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** True when the encoding was read from a byte-order mark or chosen by the reader: not a guess. */
  certain: boolean;
}

function decode(bytes: Uint8Array, encoding: Encoding, fatal: boolean): string | null {
  try {
    return new TextDecoder(encoding, { fatal, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** The characters of a two-byte range, decoded by the encoding's own table. */
function range(encoding: string, leads: [number, number], trails: [number, number][]): Set<string> {
  const bytes: number[] = [];
  for (let lead = leads[0]; lead <= leads[1]; lead++) {
    for (const [from, to] of trails) for (let trail = from; trail <= to; trail++) bytes.push(lead, trail);
  }
  return new Set(new TextDecoder(encoding).decode(new Uint8Array(bytes)));
}

let common: Record<string, Set<string>> | null = null;
function commonCharacters(): Record<string, Set<string>> {
  return (common ??= {
    // JIS X 0208: kana (rows 4–5) and level-1 kanji (0x889F–0x9872).
    shift_jis: new Set([...range('shift_jis', [0x82, 0x83], [[0x40, 0xfc]]), ...range('shift_jis', [0x88, 0x98], [[0x40, 0xfc]]), ...'、。・ー「」（）'].filter((c) => c !== '\uFFFD')),
    // GB2312 level 1 (0xB0A1–0xD7FE) and its punctuation.
    gb18030: new Set([...range('gb18030', [0xb0, 0xd7], [[0xa1, 0xfe]]), ...'，。、；：（）“”《》'].filter((c) => c !== '\uFFFD')),
    // Big5's frequent characters (0xA440–0xC67E) and its punctuation.
    big5: new Set([...range('big5', [0xa4, 0xc6], [[0x40, 0x7e], [0xa1, 0xfe]]), ...'，。、；：（）「」《》'].filter((c) => c !== '\uFFFD')),
  });
}

function score(text: string, encoding: Encoding): number {
  const known = commonCharacters()[encoding]!;
  let total = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) continue;
    if (code >= 0xff61 && code <= 0xff9f) total -= 2; // half-width kana: legacy bytes read as Shift_JIS
    else if (known.has(ch)) total += 1;
    else total -= 1;
  }
  return total;
}

/** UTF-16 without a BOM: ASCII's zero bytes fall on one side. */
function utf16Pattern(bytes: Uint8Array): Encoding | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  if (oddZeros > n / 2 / 3 && evenZeros < oddZeros / 10) return 'utf-16le';
  if (evenZeros > n / 2 / 3 && oddZeros < evenZeros / 10) return 'utf-16be';
  return null;
}

export function decodeText(bytes: Uint8Array, chosen?: Encoding): Decoded {
  if (chosen) return { text: decode(bytes, chosen, false)!, encoding: chosen, certain: true };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decode(bytes, 'utf-8', false)!, encoding: 'utf-8', certain: true };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decode(bytes, 'utf-16le', false)!, encoding: 'utf-16le', certain: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decode(bytes, 'utf-16be', false)!, encoding: 'utf-16be', certain: true };
  const utf16 = utf16Pattern(bytes);
  if (utf16) return { text: decode(bytes, utf16, false)!, encoding: utf16, certain: false };
  const utf8 = decode(bytes, 'utf-8', true);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', certain: false };
  // Score a sample: the first 64 KB says what the rest is.
  const sample = bytes.subarray(0, 65536);
  let best: { encoding: Encoding; score: number } | null = null;
  for (const encoding of LEGACY) {
    // The sample may end inside a character: decode it leniently, and the whole file strictly below.
    const text = decode(sample, encoding, false)!;
    const s = score(text, encoding) - 4 * (text.split('\uFFFD').length - 1);
    if (!best || s > best.score) best = { encoding, score: s };
  }
  const encoding = best!.encoding;
  return { text: decode(bytes, encoding, false)!, encoding, certain: false };
}
