import type { Lang } from '../../domain/types';
import { featureName } from '../../data/files';
import { mapFonts } from './style';
import type { CitiesGeo } from '../../data/files';

const CONTEXT_NAMES: Record<Lang, string> = {
  ja: '福建省江西省湖南省広西チワン族自治区海南省香港マカオ',
  zh: '福建省江西省湖南省广西壮族自治区海南省香港澳门',
  en: 'FujianJiangxiHunanGuangxiHainanHong KongMacau',
};

/**
 * The font subsets that cover the map's names, loaded before the names are
 * shown: the screen map's names are page text (screenLabels.ts), which would
 * otherwise show in a fallback font first and be measured in it; the
 * exported map's symbol layers draw each glyph with the browser's canvas,
 * which would draw it in whatever fallback font the machine has. Only the
 * current language's names are loaded, from the families its labels are set in.
 */
export async function loadMapFonts(geo: CitiesGeo, lang: Lang): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return;
  const text = `${geo.features.map((f) => featureName(f.properties, lang)).join('')}${CONTEXT_NAMES[lang]}0123456789●`;
  // The labels' font has every name in the language (mapFonts; scripts/uiFont.ts cuts it so).
  const [family] = mapFonts(lang);
  try {
    await document.fonts.load(`400 16px "${family}"`, text);
  } catch {
    // A font that fails to load leaves the system fallback; the labels still draw.
  }
}
