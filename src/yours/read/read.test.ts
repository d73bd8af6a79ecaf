import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { decodeText, type Encoding } from './decode';
import { findHeader, guessMapping } from './columns';
import { MAX_BYTES, readPasted, readTable, TableError, type TableProblem } from './table';

const SAMPLES: Record<string, string> = {
  ja: '拠点名,住所,従業員数\r\n本社工場,広東省仏山市順徳区大良,120\r\n長安工場,東莞市長安鎮,80\r\nサプライヤー,恵州市恵陽区,45\r\n',
  zh: '名称,地址,员工\r\n总部工厂,广东省佛山市顺德区北滘镇,120\r\n长安工厂,东莞市长安镇,80\r\n供应商,惠州市惠阳区,45\r\n',
  tw: '名稱,地址,員工\r\n總部工廠,廣東省佛山市順德區北滘鎮,120\r\n長安工廠,東莞市長安鎮,80\r\n供應商,惠州市惠陽區,45\r\n',
};
const bytes = (text: string, encoding: string, bom = false) => new Uint8Array(iconv.encode(text, encoding, { addBOM: bom }));

describe('encodings, as Excel and other tools write them', () => {
  it.each([
    ['UTF-8', SAMPLES.ja!, 'utf8', false, 'utf-8', false],
    ['UTF-8 with BOM (Excel "CSV UTF-8")', SAMPLES.zh!, 'utf8', true, 'utf-8', true],
    ['UTF-16LE with BOM (Excel "Unicode text")', SAMPLES.ja!.replace(/,/g, '\t'), 'utf16le', true, 'utf-16le', true],
    ['UTF-16BE with BOM', SAMPLES.zh!, 'utf16be', true, 'utf-16be', true],
    ['UTF-16LE without BOM', SAMPLES.zh!, 'utf16le', false, 'utf-16le', false],
    ['Shift_JIS/CP932 (Excel on Japanese Windows)', SAMPLES.ja!, 'cp932', false, 'shift_jis', false],
    ['GBK (Excel on Chinese Windows)', SAMPLES.zh!, 'gbk', false, 'gb18030', false],
    ['GB18030', SAMPLES.zh!, 'gb18030', false, 'gb18030', false],
    ['Big5', SAMPLES.tw!, 'big5', false, 'big5', false],
  ] as const)('%s', (_, text, encoding, bom, expected, certain) => {
    const decoded = decodeText(bytes(text, encoding, bom));
    expect(decoded.encoding).toBe(expected);
    expect(decoded.certain).toBe(certain);
    expect(decoded.text.replace(/^\uFEFF/, '')).toBe(text);
  });

  it('short legacy files are still told apart', () => {
    expect(decodeText(bytes('名前,都市\r\n工場,恵州\r\n', 'cp932')).encoding).toBe('shift_jis');
    expect(decodeText(bytes('名称,城市\r\n工厂,惠州\r\n', 'gbk')).encoding).toBe('gb18030');
    expect(decodeText(bytes('名稱,城市\r\n工廠,惠州\r\n', 'big5')).encoding).toBe('big5');
  });

  it('the reader’s choice overrides the guess', () => {
    const sjis = bytes(SAMPLES.ja!, 'cp932');
    expect(decodeText(sjis, 'gb18030' as Encoding)).toMatchObject({ encoding: 'gb18030', certain: true });
  });
});

const problem = async (file: Uint8Array): Promise<TableProblem | 'read'> => {
  try {
    await readTable(file);
    return 'read';
  } catch (e) {
    if (e instanceof TableError) return e.problem;
    throw e;
  }
};
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('tables', () => {
  it('reads CSV with quoted line breaks, and guesses tab and semicolon', async () => {
    const csv = await readTable(utf8('name,address\n"Plant ""A""","Line 1\nLine 2"\nB,Huizhou\n'));
    expect(csv.sheets[0]!.rows).toEqual([['name', 'address'], ['Plant "A"', 'Line 1\nLine 2'], ['B', 'Huizhou']]);
    expect((await readTable(utf8('a\tb\n1\t2\n'))).format).toBe('tsv');
    expect((await readTable(utf8('a;b\n1,5;2\n'))).sheets[0]!.rows[1]).toEqual(['1,5', '2']);
  });

  it('reads a workbook: the first sheet with data, the header under its title rows, formulas as stored values', async () => {
    const book = await readTable(new Uint8Array(readFileSync('e2e/fixtures/yours/sites.xlsx')));
    expect(book.format).toBe('xlsx');
    expect(book.sheets.map((s) => s.name)).toEqual(['メモ', '拠点']);
    expect(book.sheet).toBe(1);
    const rows = book.sheets[1]!.rows;
    expect(findHeader(rows)).toBe(2);
    expect(rows[4]).toEqual(['長安工場', '東莞市長安鎮', '', '', '', '', '120']);
    expect(rows[8]![0]).toBe('=HYPERLINK("http://example.com","click")');
    // The reader may pick another sheet: this one has no table.
    await expect(readTable(new Uint8Array(readFileSync('e2e/fixtures/yours/sites.xlsx')), { sheet: 0 })).rejects.toMatchObject({ problem: 'one-column' });
  });

  it('reads cells pasted from a spreadsheet', () => {
    const pasted = readPasted('拠点\t都市\r\n"二行\r\nの名前"\t恵州\r\nB\t広州\r\n');
    expect(pasted.sheets[0]!.rows).toEqual([['拠点', '都市'], ['二行\nの名前', '恵州'], ['B', '広州']]);
  });

  it('names what is not a table', async () => {
    const zip = new JSZip();
    zip.file('notes.txt', 'hello');
    const notXlsx = await zip.generateAsync({ type: 'uint8array' });
    const binary = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(await problem(new Uint8Array(0))).toBe('empty');
    expect(await problem(utf8('\n\n  \n'))).toBe('empty');
    expect(await problem(utf8('%PDF-1.7\n...'))).toBe('pdf');
    expect(await problem(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]))).toBe('xls');
    expect(await problem(notXlsx)).toBe('zip-not-xlsx');
    expect(await problem(binary)).toBe('binary');
    expect(await problem(utf8('only\none\ncolumn\n'))).toBe('one-column');
    expect(await problem(new Uint8Array(MAX_BYTES + 1).fill(0x61))).toBe('too-big');
    expect(await problem(utf8('a,b\n' + '1,2\n'.repeat(100_100)))).toBe('too-many-rows');
    expect(await problem(utf8('a,b\n' + '1,2\n'.repeat(100_000)))).toBe('read');
  });
});

describe('what the columns hold', () => {
  const isCity = (c: string) => ['広州', '恵州', '深圳', '佛山', 'Guangzhou', 'Shenzhen', '广州', '惠州'].includes(c);

  it('sites: by the headers in each language', () => {
    const ja = guessMapping([['拠点名', '住所', '都市', '緯度', '経度', '座標系'], ['A', 'x', '恵州', '23.1', '113.2', 'BD09']], isCity);
    expect(ja).toMatchObject({ kind: 'sites', header: 0, datum: 'BD09', columns: { name: 0, address: 1, city: 2, lat: 3, lon: 4, datum: 5, pair: -1 } });
    const en = guessMapping([['Site name', 'Address', 'Coordinates'], ['A', 'x', '23.1, 113.2']], isCity);
    expect(en.columns).toMatchObject({ name: 0, address: 1, pair: 2 });
    const zh = guessMapping([['名称', '地址', '经度', '纬度'], ['A', 'x', '113.2', '23.1']], isCity);
    expect(zh.columns).toMatchObject({ name: 0, address: 1, lon: 2, lat: 3 });
  });

  it('sites: by the cells where the headers say nothing', () => {
    const rows = [['col1', 'col2', 'col3', 'col4'], ['Plant', '広州', '113.26', '23.13'], ['Office', '恵州', '114.41', '23.11']];
    expect(guessMapping(rows, isCity).columns).toMatchObject({ name: 0, city: 1, lon: 2, lat: 3 });
  });

  it('city figures: a row per city and numbers', () => {
    const rows = [['都市', 'GDP（億元）', '人口'], ['広州', '28,839', '1882.7'], ['深圳', '32,388', '1766.18'], ['恵州', '5,401', '606.6']];
    expect(guessMapping(rows, isCity)).toMatchObject({ kind: 'figures', columns: { city: 0 }, figures: [1, 2] });
  });
});
