/**
 * The printed page's last line, as on the PNG and SVG pages: the date it was
 * made and the link that reopens the view. Written when printing starts
 * (the address and the day are those of the print, and the build has
 * neither); shown only in print.
 */
import { useEffect, useRef } from 'react';
import { formatDate, t } from '../i18n/strings';
import { useAppStore } from '../store/store';

export function PrintMeta() {
  const line = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const write = () => {
      const lang = useAppStore.getState().view.lang;
      if (line.current) line.current.textContent = `${t(lang, 'created', { date: formatDate(lang, new Date()) })} · ${location.href}`;
    };
    addEventListener('beforeprint', write);
    return () => removeEventListener('beforeprint', write);
  }, []);
  return <p className="print-meta" ref={line} />;
}
