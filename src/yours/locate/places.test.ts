import { describe, expect, it } from 'vitest';
import gazetteer from '../../../data/locator/gazetteer.json';
import { parseGazetteer } from './data';
import { buildPlaceIndex, locateByName } from './places';

const index = buildPlaceIndex(parseGazetteer(gazetteer));
const where = (...texts: string[]) => locateByName(index, texts);

/** Addresses in four scripts, as analysts' lists write them, with the city and how it is found. */
const TABLE: [string, string, string, string?][] = [
  // Simplified Chinese
  ['广东省佛山市顺德区北滘镇美的大道6号', '440600', 'town', '北滘镇'],
  ['东莞市长安镇', '441900', 'town', '长安镇'],
  ['深圳市南山区科技园', '440300', 'district', '南山区'],
  ['广州市越秀区中山五路219号', '440100', 'district', '越秀区'],
  ['中山市火炬开发区', '442000', 'city'],
  ['惠州', '441300', 'city'],
  ['湛江市麻章区', '440800', 'district', '麻章区'],
  ['东莞松山湖', '441900', 'town', '松山湖'],
  // Traditional Chinese
  ['廣東省佛山市順德區', '440600', 'district', '顺德区'],
  ['惠州市惠陽區', '441300', 'district', '惠阳区'],
  ['韶關市', '440200', 'city'],
  // Japanese
  ['広東省仏山市順徳区', '440600', 'district', '顺德区'],
  ['恵州市', '441300', 'city'],
  ['深セン市南山区', '440300', 'district', '南山区'],
  ['掲陽', '445200', 'city'],
  ['韶関', '440200', 'city'],
  ['広州市黄埔区', '440100', 'district', '黄埔区'],
  // English and pinyin
  ["Chang'an Town, Dongguan, Guangdong", '441900', 'town', '长安镇'],
  ['Shunde District, Foshan', '440600', 'district', '顺德区'],
  ['Shùndé', '440600', 'district', '顺德区'],
  ['shun-de', '440600', 'district', '顺德区'],
  ['Huizhou City', '441300', 'city'],
  ['No. 1 Zhongshan Road, Yuexiu District, Guangzhou', '440100', 'district', '越秀区'],
  ['Nanshan District, Shenzhen', '440300', 'district', '南山区'],
  ['Huadu, Guangzhou', '440100', 'district', '花都区'],
  ['DONGGUAN', '441900', 'city'],
];

describe('locating by place names', () => {
  it.each(TABLE)('%s → %s by %s', (text, city, by, place) => {
    const found = where(text);
    expect(found.status).toBe('located');
    if (found.status !== 'located') return;
    expect(found.city).toBe(city);
    expect(found.by).toBe(by);
    if (place) expect(found.place.name).toBe(place);
  });

  it('the city cell and the address are read together', () => {
    expect(where('佛山', '顺德区大良街道')).toMatchObject({ status: 'located', city: '440600', by: 'town' });
  });

  it('an address that names two cities is ambiguous, with both', () => {
    const found = where('广州市 佛山市');
    expect(found.status).toBe('ambiguous');
    if (found.status !== 'ambiguous') return;
    expect(found.candidates.map((p) => p.city).sort()).toEqual(['440100', '440600']);
  });

  it('a name two towns share is ambiguous until the city is named', () => {
    // 长安镇: a town of Dongguan and a town of another city.
    const alone = where('长安镇');
    expect(alone.status).toBe('ambiguous');
    if (alone.status === 'ambiguous') expect(alone.candidates.length).toBeGreaterThanOrEqual(2);
    expect(where('东莞 长安镇')).toMatchObject({ status: 'located', city: '441900' });
  });

  it('nothing known is not located, with near names as candidates', () => {
    const found = where('Fosan');
    expect(found.status).toBe('none');
    if (found.status === 'none') expect(found.candidates.map((p) => p.city)).toContain('440600');
    expect(where('Tokyo, Japan')).toMatchObject({ status: 'none', candidates: [] });
    expect(where('')).toMatchObject({ status: 'none' });
  });

  it('the province alone is no city', () => {
    expect(where('广东省').status).toBe('none');
    expect(where('Guangdong').status).toBe('none');
  });
});
