import type { CitiesGeo } from '../data/schema';

/**
 * Local glyph rendering draws each glyph with the browser's canvas, so the
 * font subsets that cover the label text must be loaded first, or the labels
 * come out in whatever fallback font the machine has.
 */
export async function loadMapFonts(geo: CitiesGeo): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return;
  const names = geo.features.flatMap((f) => [f.properties.name_ja, f.properties.name_zh, f.properties.name_en]).join('');
  const text = `${names}0123456789●香港澳门マカオ福建江西湖南広西广西海南省チワン族自治区壮族`;
  try {
    await Promise.all([
      document.fonts.load(`400 16px "Noto Sans JP"`, text),
      document.fonts.load(`400 16px "Noto Sans SC"`, text),
    ]);
  } catch {
    // A font that fails to load leaves the system fallback; the labels still draw.
  }
}
