/**
 * echarts' compact ring encoding, as data/locator/boundaries.json keeps it:
 * each pair of characters, minus 64, is a zig-zag encoded step from the
 * previous vertex in 1/scale degree, from the ring's offset.
 */
export type Ring = [number, number][];
export type EncodedPolygon = (readonly [string, readonly [number, number]])[];

export function decodeRing(encoded: string, offset: readonly [number, number], scale: number): Ring {
  const ring: Ring = [];
  let [x, y] = offset;
  for (let i = 0; i < encoded.length; i += 2) {
    const dx = encoded.charCodeAt(i) - 64;
    const dy = encoded.charCodeAt(i + 1) - 64;
    x += (dx >> 1) ^ -(dx & 1);
    y += (dy >> 1) ^ -(dy & 1);
    ring.push([x / scale, y / scale]);
  }
  return ring;
}
