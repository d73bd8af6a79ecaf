import type { Tier } from './types';

/**
 * The 20 clusters in the policy's order, with the ids the product uses in
 * URLs, data files, exports and tests (PRODUCT.md).
 */
export const CLUSTER_TIERS = {
  'electronic-information': 'pillar',
  'green-petrochemicals': 'pillar',
  'smart-home-appliances': 'pillar',
  automotive: 'pillar',
  'advanced-materials': 'pillar',
  'light-industry-textiles': 'pillar',
  'software-information-services': 'pillar',
  'ultra-hd-video-display': 'pillar',
  'biomedicine-health': 'pillar',
  'agriculture-food': 'pillar',
  'semiconductors-ics': 'emerging',
  'high-end-equipment': 'emerging',
  'intelligent-robots': 'emerging',
  'blockchain-quantum': 'emerging',
  'frontier-materials': 'emerging',
  'new-energy': 'emerging',
  'laser-additive-manufacturing': 'emerging',
  'digital-creative': 'emerging',
  'safety-emergency-environmental': 'emerging',
  'precision-instruments': 'emerging',
} as const satisfies Record<string, Tier>;

export type ClusterId = keyof typeof CLUSTER_TIERS;
export const CLUSTER_IDS = Object.keys(CLUSTER_TIERS) as ClusterId[];

export function isClusterId(value: string): value is ClusterId {
  return Object.hasOwn(CLUSTER_TIERS, value);
}
