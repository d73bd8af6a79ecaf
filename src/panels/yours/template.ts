/**
 * The template a reader fills in, in each language: the columns the reader's
 * file is best read with, and a few example rows that show each way in (an
 * address, a city, coordinates in a named datum). It is also the example a
 * reader without a file of their own can load.
 */
import type { Lang } from '../../domain/types';
import { toCsv } from '../../export/table';

const TEMPLATES: Record<Lang, { header: string[]; rows: string[][] }> = {
  ja: {
    header: ['名称', '住所', '都市', '緯度', '経度', '座標系'],
    rows: [
      ['本社工場', '広東省仏山市順徳区北滘鎮', '', '', '', ''],
      ['長安工場', '東莞市長安鎮', '', '', '', ''],
      ['恵州サプライヤー', '', '恵州', '', '', ''],
      ['候補地（百度地図）', '', '', '23.1354', '113.2796', 'BD09'],
      ['深セン事務所', '深セン市南山区', '', '', '', ''],
      ['湛江の候補地', '', '', '21.2707', '110.3594', 'WGS84'],
    ],
  },
  en: {
    header: ['Name', 'Address', 'City', 'Latitude', 'Longitude', 'Datum'],
    rows: [
      ['Head plant', 'Beijiao Town, Shunde District, Foshan', '', '', '', ''],
      ["Chang'an plant", "Chang'an Town, Dongguan", '', '', '', ''],
      ['Huizhou supplier', '', 'Huizhou', '', '', ''],
      ['Candidate site (Baidu map)', '', '', '23.1354', '113.2796', 'BD09'],
      ['Shenzhen office', 'Nanshan District, Shenzhen', '', '', '', ''],
      ['Zhanjiang candidate', '', '', '21.2707', '110.3594', 'WGS84'],
    ],
  },
  zh: {
    header: ['名称', '地址', '城市', '纬度', '经度', '坐标系'],
    rows: [
      ['总部工厂', '广东省佛山市顺德区北滘镇', '', '', '', ''],
      ['长安工厂', '东莞市长安镇', '', '', '', ''],
      ['惠州供应商', '', '惠州', '', '', ''],
      ['候选地址（百度地图）', '', '', '23.1354', '113.2796', 'BD09'],
      ['深圳办事处', '深圳市南山区', '', '', '', ''],
      ['湛江候选地址', '', '', '21.2707', '110.3594', 'WGS84'],
    ],
  },
};

/** The template as a CSV file (UTF-8 with BOM, as Excel opens it). */
export const templateCsv = (lang: Lang): string => toCsv(TEMPLATES[lang].header, TEMPLATES[lang].rows);

/** The example as cells pasted from a spreadsheet. */
export const exampleCells = (lang: Lang): string => [TEMPLATES[lang].header, ...TEMPLATES[lang].rows].map((r) => r.join('\t')).join('\n');
