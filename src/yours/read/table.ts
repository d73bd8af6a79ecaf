/**
 * A reader's file as a table of text cells: CSV, TSV or TXT (papaparse: the
 * separator guessed among comma, tab, semicolon and bar; quoted fields with
 * line breaks), XLSX (read-excel-file: every sheet, formulas as their stored
 * values, never evaluated), or cells pasted from a spreadsheet (tab-separated).
 *
 * What is not a table gets a problem that names it: too big, empty, a PDF,
 * an old .xls, a zip that is not a workbook, binary, one column.
 */
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/universal';
import { decodeText, type Encoding } from './decode';

export const MAX_BYTES = 20 * 1024 * 1024;
const MAX_ROWS = 100_000;

export type TableProblem = 'too-big' | 'too-many-rows' | 'empty' | 'pdf' | 'xls' | 'zip-not-xlsx' | 'binary' | 'one-column' | 'no-sheet-with-data';

export class TableError extends Error {
  constructor(
    readonly problem: TableProblem,
    readonly detail?: number,
  ) {
    super(problem);
  }
}

interface Sheet {
  name: string;
  rows: string[][];
}

export interface ReadTable {
  format: 'csv' | 'tsv' | 'xlsx' | 'paste';
  /** Text files: the encoding used, and whether it was a guess. */
  encoding?: { used: Encoding; certain: boolean } | undefined;
  /** Every sheet (one for a text file); `sheet` is the one read. */
  sheets: Sheet[];
  sheet: number;
}

const startsWith = (bytes: Uint8Array, ...magic: number[]) => magic.every((b, i) => bytes[i] === b);

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value);
}

/** Rows with their trailing empty cells and trailing empty rows dropped. */
function tidy(rows: string[][]): string[][] {
  const out = rows.map((row) => {
    let end = row.length;
    while (end > 0 && row[end - 1]!.trim() === '') end--;
    return row.slice(0, end).map((c) => c.replace(/^\uFEFF/, ''));
  });
  while (out.length > 0 && out[out.length - 1]!.length === 0) out.pop();
  return out;
}

function checkShape(rows: string[][]) {
  const filled = rows.filter((r) => r.some((c) => c.trim() !== ''));
  if (filled.length === 0) throw new TableError('empty');
  if (filled.length > MAX_ROWS + 50) throw new TableError('too-many-rows', filled.length);
  if (!filled.some((r) => r.filter((c) => c.trim() !== '').length >= 2)) throw new TableError('one-column');
}

const DELIMITERS = [',', '\t', ';', '|'];

/** Papaparse guesses the separator from the first rows without blank lines; the whole text is then read with it, blank lines kept so row numbers stay the file's. */
function parseText(text: string, delimiters = DELIMITERS): { rows: string[][]; delimiter: string } {
  const guess = Papa.parse<string[]>(text.trimEnd(), { delimiter: '', delimitersToGuess: delimiters, preview: 50, skipEmptyLines: 'greedy' });
  const delimiter = guess.meta.delimiter || ',';
  return { rows: tidy(Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false }).data), delimiter };
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control > sample.length / 20;
}

/** Reads a file's bytes. `encoding` overrides the guess for a text file; `sheet` picks a workbook's sheet. */
export async function readTable(bytes: Uint8Array, options: { encoding?: Encoding | undefined; sheet?: number | undefined } = {}): Promise<ReadTable> {
  if (bytes.length > MAX_BYTES) throw new TableError('too-big', bytes.length);
  if (bytes.length === 0) throw new TableError('empty');
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) throw new TableError('pdf');
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) throw new TableError('xls');
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4b, 0x05, 0x06)) return readWorkbook(bytes, options.sheet);
  const utf16 = startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff) || options.encoding?.startsWith('utf-16');
  const decoded = decodeText(bytes, options.encoding);
  if (!utf16 && !decoded.encoding.startsWith('utf-16') && looksBinary(bytes)) throw new TableError('binary');
  // Control characters a text file does not hold: bytes of a binary file that happened to decode.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000e-\u001a]/.test(decoded.text.slice(0, 8192))) throw new TableError('binary');
  const { rows, delimiter } = parseText(decoded.text);
  checkShape(rows);
  return { format: delimiter === '\t' ? 'tsv' : 'csv', encoding: { used: decoded.encoding, certain: decoded.certain }, sheets: [{ name: '', rows }], sheet: 0 };
}

async function readWorkbook(bytes: Uint8Array, sheet: number | undefined): Promise<ReadTable> {
  let books: { sheet: string; data: unknown[][] }[];
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    books = (await readXlsxFile(buffer)) as { sheet: string; data: unknown[][] }[];
  } catch {
    throw new TableError('zip-not-xlsx');
  }
  const sheets = books.map((b) => ({ name: b.sheet, rows: tidy(b.data.map((row) => row.map(cellText))) }));
  const withData = sheets.findIndex((s) => s.rows.some((r) => r.filter((c) => c.trim() !== '').length >= 2));
  const chosen = sheet ?? withData;
  if (chosen < 0 || !sheets[chosen]) throw new TableError(sheets.some((s) => s.rows.length > 0) ? 'one-column' : 'no-sheet-with-data');
  checkShape(sheets[chosen].rows);
  return { format: 'xlsx', sheets, sheet: chosen };
}

/** Cells pasted from a spreadsheet: tab-separated lines (a spreadsheet quotes a cell with a line break in it). */
export function readPasted(text: string): ReadTable {
  const { rows } = parseText(text.replace(/\r\n?/g, '\n'), text.includes('\t') ? ['\t'] : DELIMITERS);
  checkShape(rows);
  return { format: 'paste', sheets: [{ name: '', rows }], sheet: 0 };
}
