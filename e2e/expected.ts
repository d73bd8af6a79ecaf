/**
 * The tests' own answer, written by hand from the seed table
 * (shared/seed/000_de94686f712fa604.txt) and the region-term table in
 * PRODUCT.md, without the app's code or data files: for each cluster, the
 * cities its target-area cell names, and the cities it reaches only through a
 * region term. `src/domain/handCounts.test.ts` checks the app's counting agrees.
 */

// The cities by their short names, as the cells write them.
const GZ = '440100', SZ = '440300', ZH = '440400', ST = '440500', FS = '440600', SG = '440200', HY = '441600';
const MZ = '441400', HZ = '441300', SW = '441500', DG = '441900', ZS = '442000', JM = '440700', YJ = '441700';
const ZJ = '440800', MM = '440900', ZQ = '441200', QY = '441800', CZ = '445100', JY = '445200', YF = '445300';

/** The 21 cities in the standard order. */
export const CITIES = [GZ, SZ, ZH, ST, FS, SG, HY, MZ, HZ, SW, DG, ZS, JM, YJ, ZJ, MM, ZQ, QY, CZ, JY, YF] as const;

// The region terms (PRODUCT.md).
const PRD = [GZ, SZ, ZH, FS, HZ, DG, ZS, JM, ZQ];
const EAST = [ST, SW, CZ, JY];
const WEST = [ZJ, MM, YJ];
const NORTH = [SG, HY, MZ, QY, YF];
const COASTAL = [GZ, SZ, ZH, ST, HZ, SW, DG, ZS, JM, YJ, ZJ, MM, CZ, JY];
const EAST_BANK = [SZ, DG, HZ];
const ALL = [...CITIES];

interface HandRow {
  tier: 'pillar' | 'emerging';
  /** Cities the cell writes out. */
  named: string[];
  /** Cities reached through a region term (a named city in it counts as named). */
  regional: string[];
}

/** Each cluster's row, in the policy's order, as the cell reads. */
export const HAND_TABLE: Record<string, HandRow> = {
  // 珠江東側の電子産業圏 … 珠江デルタ地域から省東部、西部、北部への産業移転
  'electronic-information': { tier: 'pillar', named: [], regional: [...EAST_BANK, ...PRD, ...EAST, ...WEST, ...NORTH] },
  // 湛江市、茂名市、広州市、惠州市、揭陽市を中心とする沿海エリア: the named centres only.
  'green-petrochemicals': { tier: 'pillar', named: [ZJ, MM, GZ, HZ, JY], regional: [] },
  'smart-home-appliances': { tier: 'pillar', named: [GZ, SZ, FS, ZH, HZ, ZS, ZJ], regional: [] },
  automotive: { tier: 'pillar', named: [GZ, SZ, ZH, FS, ZQ], regional: [] },
  'advanced-materials': { tier: 'pillar', named: [GZ, SZ, ZH, FS, SG, HZ, DG, YJ, ZJ, MM, ZQ, QY, YF], regional: [] },
  // 広州市、深セン市の研究開発を中心に、沿海エリアおよび各産業集積地間のネットワーク
  'light-industry-textiles': { tier: 'pillar', named: [GZ, SZ], regional: COASTAL },
  'software-information-services': { tier: 'pillar', named: [GZ, SZ, ZH, FS, HZ, DG, YF], regional: [] },
  // 珠江デルタ … 省内の沿海部と北部
  'ultra-hd-video-display': { tier: 'pillar', named: [], regional: [...PRD, ...COASTAL, ...NORTH] },
  'biomedicine-health': { tier: 'pillar', named: [GZ, SZ, ZH, FS, HZ, DG, ZS], regional: [] },
  // 一県一園、一鎮一産業、一村一品
  'agriculture-food': { tier: 'pillar', named: [], regional: ALL },
  'semiconductors-ics': { tier: 'emerging', named: [GZ, SZ, ZH, DG], regional: [] },
  'high-end-equipment': { tier: 'emerging', named: [GZ, SZ, ZH, FS, DG, ZS, JM, YJ], regional: [] },
  'intelligent-robots': { tier: 'emerging', named: [GZ, SZ, ZH, FS, DG, ZS], regional: [] },
  'blockchain-quantum': { tier: 'emerging', named: [GZ, SZ, ZH, FS, DG], regional: [] },
  'frontier-materials': { tier: 'emerging', named: [GZ, SZ, ZH, FS, SG, DG, ZJ, QY, CZ], regional: [] },
  // 陽江市 …、珠江デルタ地域に…。広州市、深セン市、仏山市、湛江市、茂名市、雲浮市に…
  'new-energy': { tier: 'emerging', named: [YJ, GZ, SZ, FS, ZJ, MM, YF], regional: PRD },
  'laser-additive-manufacturing': { tier: 'emerging', named: [GZ, SZ, ZH, FS, HZ, DG, ZS, JM], regional: [] },
  'digital-creative': { tier: 'emerging', named: [GZ, SZ, ZH, ST, FS, DG, ZS], regional: [] },
  // 珠江デルタ …、省東部、西部、北部
  'safety-emergency-environmental': { tier: 'emerging', named: [], regional: [...PRD, ...EAST, ...WEST, ...NORTH] },
  // 珠江デルタが中心となり、省東部、北部と共同で
  'precision-instruments': { tier: 'emerging', named: [], regional: [...PRD, ...EAST, ...NORTH] },
};

type Tier = 'all' | 'pillar' | 'emerging';
type Count = 'all' | 'named';

/**
 * Every city's count for each tier and basis with every industry shown, in
 * the standard city order, worked out from the rows above and written down:
 * [all/all, all/named, pillar/all, pillar/named, emerging/all, emerging/named].
 */
export const HAND_COUNTS: Record<string, [number, number, number, number, number, number]> = {
  [GZ]: [20, 15, 10, 7, 10, 8], // 广州
  [SZ]: [19, 14, 9, 6, 10, 8], // 深圳
  [ZH]: [19, 12, 9, 5, 10, 7], // 珠海
  [ST]: [7, 1, 4, 0, 3, 1], // 汕头
  [FS]: [17, 12, 8, 5, 9, 7], // 佛山
  [SG]: [7, 2, 4, 1, 3, 1], // 韶关
  [HY]: [5, 0, 3, 0, 2, 0], // 河源
  [MZ]: [5, 0, 3, 0, 2, 0], // 梅州
  [HZ]: [13, 6, 9, 5, 4, 1], // 惠州
  [SW]: [6, 0, 4, 0, 2, 0], // 汕尾
  [DG]: [17, 10, 7, 3, 10, 7], // 东莞
  [ZS]: [13, 6, 6, 2, 7, 4], // 中山
  [JM]: [9, 2, 4, 0, 5, 2], // 江门
  [YJ]: [8, 3, 5, 1, 3, 2], // 阳江
  [ZJ]: [10, 5, 7, 3, 3, 2], // 湛江
  [MM]: [8, 3, 6, 2, 2, 1], // 茂名
  [ZQ]: [8, 2, 5, 2, 3, 0], // 肇庆
  [QY]: [7, 2, 4, 1, 3, 1], // 清远
  [CZ]: [7, 1, 4, 0, 3, 1], // 潮州
  [JY]: [7, 1, 5, 1, 2, 0], // 揭阳
  [YF]: [8, 3, 5, 2, 3, 1], // 云浮
};

/**
 * What the map, ranking and exports should show for a view: each city's
 * number of clusters (in the tier and, if given, among `industries`) that
 * target it, by any basis or only by name.
 */
export function expectedCounts(tier: Tier = 'all', industries: string[] | null = null, count: Count = 'all'): Record<string, number> {
  const rows = Object.entries(HAND_TABLE).filter(([id, row]) => (tier === 'all' || row.tier === tier) && (!industries || industries.includes(id)));
  return Object.fromEntries(
    CITIES.map((city) => [city, rows.filter(([, row]) => row.named.includes(city) || (count === 'all' && row.regional.includes(city))).length]),
  );
}

/** The ids of the clusters (in the tier) that target a city. */
export function expectedClustersOf(adcode: string, tier: Tier = 'all'): string[] {
  return Object.entries(HAND_TABLE)
    .filter(([, row]) => (tier === 'all' || row.tier === tier) && (row.named.includes(adcode) || row.regional.includes(adcode)))
    .map(([id]) => id);
}

export const GUANGZHOU = GZ;

