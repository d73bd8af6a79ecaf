import { useEffect, useLayoutEffect } from 'react';
import { htmlLang } from './i18n/strings';
import { useLang, useT } from './store/hooks';
import { useAppStore } from './store/store';
import { DARK_QUERY, storedTheme } from './store/theme';

/** The page around the app, full or embedded: its language, its title, and the build's page handed over. */
export function usePage() {
  const tr = useT();
  const lang = useLang();
  useEffect(() => void performance.mark('gd:app-commit'), []);
  // The build's page hid what a linked view changes until this render shows it (index.html's boot script).
  // This commit replaced the build's page: the rule that hides that page on wide screens must not hide this one.
  useLayoutEffect(() => {
    document.documentElement.classList.remove('fp-custom');
    document.getElementById('root')?.removeAttribute('data-prerendered');
  }, []);
  // The theme remembered on the device (the first script has applied it already), and the system's changes.
  useEffect(() => {
    const { theme, setTheme, refreshScheme } = useAppStore.getState();
    const stored = storedTheme();
    if (stored !== theme) setTheme(stored);
    else refreshScheme();
    const media = matchMedia(DARK_QUERY);
    media.addEventListener('change', refreshScheme);
    return () => media.removeEventListener('change', refreshScheme);
  }, []);
  useEffect(() => {
    document.documentElement.lang = htmlLang(lang);
    document.title = tr('appTitle');
  }, [lang, tr]);
}
