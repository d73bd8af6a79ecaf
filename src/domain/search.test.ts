import { describe, expect, it } from 'vitest';
import { loadRepoDataset } from '../test/files';
import { buildSearchIndex, excerptOf, fold, queryTerms, searchPolicy } from './search';

const index = buildSearchIndex(loadRepoDataset());
const clusterIds = (q: string, lang: 'ja' | 'en' | 'zh' = 'en') =>
  searchPolicy(index, q, lang)
    .filter((h) => h.kind === 'cluster')
    .map((h) => h.id);
const cityIds = (q: string) =>
  searchPolicy(index, q, 'ja')
    .filter((h) => h.kind === 'city')
    .map((h) => h.id);

describe('fold', () => {
  it('folds width, case, kana and character variants, and maps back to the original', () => {
    expect(fold('ＯＬＥＤ').text).toBe('oled');
    expect(fold('ｵﾚﾝｼﾞ').text).toBe(fold('オレンジ').text);
    expect(fold('どろーん').text).toBe(fold('ドローン').text);
    expect(fold('仏山').text).toBe(fold('佛山').text);
    expect(fold('広州').text).toBe(fold('广州').text);
    expect(fold('半導体・集積回路').text).toBe(fold('半導体集積回路').text);
    const f = fold('Ａ・Ｂ');
    expect(f.text).toBe('ab');
    expect(f.from).toEqual([0, 2]);
  });
});

describe('searchPolicy', () => {
  it.each(['水素', 'hydrogen', '氢', 'Hydrogen', 'ＨＹＤＲＯＧＥＮ'])('%s finds New energy', (q) => {
    expect(clusterIds(q)).toEqual(['new-energy']);
  });

  it('EDA finds Semiconductors and Software, and nothing else', () => {
    expect(clusterIds('EDA').sort()).toEqual(['semiconductors-ics', 'software-information-services']);
  });

  it.each(['ドローン', 'drone', '无人机', '無人機', 'drones'])('%s finds Intelligent robots', (q) => {
    expect(clusterIds(q)).toEqual(['intelligent-robots']);
  });

  it('OLED finds Ultra-HD video and display', () => {
    expect(clusterIds('OLED')).toEqual(['ultra-hd-video-display']);
    expect(clusterIds('oled', 'zh')).toEqual(['ultra-hd-video-display']);
  });

  it.each(['Zhuhai', '珠海', 'zhuhai'])('%s offers the city of Zhuhai first', (q) => {
    expect(cityIds(q)).toEqual(['440400']);
    expect(searchPolicy(index, q, 'en')[0]).toMatchObject({ kind: 'city', id: '440400' });
  });

  it('matches a Latin term at the start of a word only', () => {
    // "ai" would otherwise find "chain", "maintain"…: only AI itself (and its glossary terms) count.
    const ai = clusterIds('ai');
    expect(ai).toEqual(expect.arrayContaining(['electronic-information', 'biomedicine-health', 'digital-creative']));
    expect(ai).not.toContain('green-petrochemicals'); // "…industrial chain…"
  });

  it('needs every term to match, and ranks a name match first', () => {
    expect(clusterIds('hydrogen Yangjiang')).toEqual(['new-energy']);
    expect(clusterIds('hydrogen Chaozhou')).toEqual([]);
    expect(clusterIds('ロボット')[0]).toBe('intelligent-robots');
  });

  it('highlights the matched words in an excerpt of the UI language where they match there', () => {
    const [hit] = searchPolicy(index, 'hydrogen', 'en');
    expect(hit!.lang).toBe('en');
    expect(hit!.excerpt.filter((p) => p.mark).map((p) => p.text.toLowerCase())).toContain('hydrogen');
    const [zh] = searchPolicy(index, '氢', 'zh');
    expect(zh!.lang).toBe('zh');
    expect(zh!.excerpt.some((p) => p.mark && p.text === '氢')).toBe(true);
  });

  it.each([
    ['regex metacharacters', '.*(['],
    ['a 5,000-character query', 'あ'.repeat(5000)],
    ['control characters', '\u0000\u0007\u001b[31m水素'],
    ['markup', '<img src=x onerror=alert(1)>'],
    ['only spaces', '   '],
  ])('takes %s without an error', (_what, q) => {
    expect(() => searchPolicy(index, q, 'ja')).not.toThrow();
    for (const hit of searchPolicy(index, q, 'ja')) for (const p of hit.excerpt) expect(p.text).not.toContain('<img');
  });

  it('finds through control characters as spaces, and caps the number of terms', () => {
    expect(clusterIds('\u0007水素')).toEqual(['new-energy']);
    expect(queryTerms('a b c d e f g h i j k').length).toBe(8);
    expect(searchPolicy(index, '', 'en')).toEqual([]);
  });
});

describe('excerptOf', () => {
  it('cuts around the first match and marks every range', () => {
    const text = `${'x'.repeat(100)}needle${'y'.repeat(100)}`;
    const parts = excerptOf(text, [[100, 106]], 40);
    expect(parts[0]).toEqual({ text: '…', mark: false });
    expect(parts.find((p) => p.mark)?.text).toBe('needle');
    expect(parts.at(-1)).toEqual({ text: '…', mark: false });
  });
});
