/**
 * Light or dark: the reader's system preference (`prefers-color-scheme`)
 * unless they chose one with the theme switch, which is remembered on the
 * device (localStorage). The choice is the `data-theme` attribute of <html>
 * (none for "auto"); styles.css's colours follow it through color-scheme and
 * light-dark(), the WebGL map's ground through the store's `scheme`. The
 * page's first script applies a remembered choice before the first paint.
 */
import type { Scheme } from '../domain/palette';

export type ThemeChoice = 'auto' | 'light' | 'dark';
export const THEME_CHOICES: readonly ThemeChoice[] = ['auto', 'light', 'dark'];
const KEY = 'gd-theme';

export function storedTheme(): ThemeChoice {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : 'auto';
  } catch {
    // No storage (a sandboxed frame, storage off): the system's preference.
    return 'auto';
  }
}

export function applyTheme(choice: ThemeChoice): void {
  if (choice === 'auto') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
}

export function saveTheme(choice: ThemeChoice): void {
  try {
    if (choice === 'auto') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, choice);
  } catch {
    // Not remembered where storage is off; it still applies to this page.
  }
}

export const DARK_QUERY = '(prefers-color-scheme: dark)';

/** The scheme a choice gives now. */
export function schemeOf(choice: ThemeChoice): Scheme {
  if (choice !== 'auto') return choice;
  return typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}
