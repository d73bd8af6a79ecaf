import type { Lang } from '../domain/types';

let chinese: Promise<unknown> | null = null;

/**
 * Japanese and English text use Noto Sans JP, registered at start-up.
 * Chinese needs Noto Sans SC, whose hundred @font-face rules are registered
 * only once Chinese is chosen, keeping them off the first view.
 */
export function ensureLangFonts(lang: Lang): Promise<unknown> {
  if (lang !== 'zh') return Promise.resolve();
  chinese ??= import('@fontsource/noto-sans-sc/400.css');
  return chinese;
}
