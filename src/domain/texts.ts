import type { Cluster, Texts } from './types';

/** A cluster's focus areas in all three languages, or null where the source cell is empty (the schema keeps the three together). */
export function focusOf(cluster: Cluster): Texts | null {
  const { ja, en, zh } = cluster.focus;
  return ja !== null && en !== null && zh !== null ? { ja, en, zh } : null;
}

