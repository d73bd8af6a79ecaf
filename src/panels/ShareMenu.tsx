/**
 * The share menu (a disclosure, like the export menu): copy the view's link,
 * hand it to the phone's share sheet (the Web Share API, where there is one),
 * or get the code that embeds the view in a page. Every link reproduces the
 * view, language included (src/publish/links.ts). Results are said in a
 * polite live region.
 */
import { useEffect, useId, useState } from 'react';
import { tp } from '../i18n/publishStrings';
import { embedCodes, viewLink, type EmbedCodes as EmbedCodeSet } from '../publish/links';
import { describeView } from '../store/derived';
import { useAppStore } from '../store/store';
import { useDisclosure } from './disclosure';
import { useDerived, useLang, useT } from '../store/hooks';

/** The app's own address without its query: where links and embeds point. */
const appBase = () => `${location.origin}${location.pathname.replace(/index(\.\w+)?\.html$/, '')}`;

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function CodeBox({ label, code, onCopied }: { label: string; code: string; onCopied: (ok: boolean) => void }) {
  const lang = useLang();
  const id = useId();
  return (
    <div className="code-box">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} readOnly value={code} rows={code.split('\n').length + 2} onFocus={(e) => e.currentTarget.select()} />
      <button type="button" onClick={() => void copy(code).then(onCopied)}>
        {tp(lang, 'copy')}
      </button>
    </div>
  );
}

export function ShareMenu() {
  const tr = useT();
  const lang = useLang();
  const view = useAppStore((s) => s.view);
  const derived = useDerived();
  const { open, setOpen, button, menu, root, closeIfFocusLeft, onMenuKey } = useDisclosure();
  const [panel, setPanel] = useState<'menu' | 'embed' | 'link'>('menu');
  const [status, setStatus] = useState('');
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';

  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(''), 8000);
    return () => clearTimeout(timer);
  }, [status]);
  // The embed panel's first field takes focus when it replaces the list.
  useEffect(() => {
    if (panel !== 'menu') menu.current?.querySelector<HTMLElement>('textarea, input')?.focus();
  }, [panel, menu]);

  // Made when asked for (the build renders this menu closed, with no address to read).
  const link = () => viewLink(appBase(), view);
  const title = `${tr('appTitle')}${derived ? `: ${describeView(view, derived, lang)}` : ''}`;

  async function copyLink() {
    if (await copy(link())) {
      setStatus(tp(lang, 'linkCopied'));
      setOpen(false);
      button.current?.focus();
    } else {
      setStatus(tp(lang, 'copyFailed'));
      setPanel('link');
    }
  }

  async function shareSheet() {
    setOpen(false);
    button.current?.focus();
    try {
      await navigator.share({ title, url: link() });
    } catch {
      // Dismissed by the reader, or refused: nothing to say.
    }
  }

  const copied = (ok: boolean) => setStatus(tp(lang, ok ? 'codeCopied' : 'copyFailed'));

  return (
    <div className="share" ref={root}>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls="share-menu"
        onClick={() => {
          // It opens on its list, whatever it showed when it closed.
          setPanel('menu');
          setOpen(!open);
        }}
        onBlur={closeIfFocusLeft}
        data-testid="share-button"
      >
        {tr('share')} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        // Focus leaving any of its fields or buttons closes it (the disclosure's blur, caught here as it bubbles).
        // eslint-disable-next-line jsx-a11y/no-static-element-interactions -- see above
        <div id="share-menu" className="export-menu share-menu" ref={menu} data-testid="share-menu" onBlur={closeIfFocusLeft}>
          {panel === 'menu' ? (
            <>
              <button type="button" onClick={() => void copyLink()} onKeyDown={onMenuKey} data-share="copy">
                {tp(lang, 'copyLink')}
              </button>
              {canShare && (
                <button type="button" onClick={() => void shareSheet()} onKeyDown={onMenuKey} data-share="sheet">
                  {tp(lang, 'shareSheet')}
                </button>
              )}
              <button type="button" onClick={() => setPanel('embed')} onKeyDown={onMenuKey} data-share="embed">
                {tp(lang, 'embedCode')}
              </button>
            </>
          ) : panel === 'link' ? (
            <CodeBox label={tp(lang, 'theLink')} code={link()} onCopied={copied} />
          ) : (
            <EmbedCodes codes={embedCodes(location.origin, appBase(), view, title)} onCopied={copied} />
          )}
        </div>
      )}
      <span className="export-status" role="status" aria-live="polite" data-testid="share-status">
        {status}
      </span>
    </div>
  );
}

/** The two iframe codes, each with its copy button, and the embed view itself to look at. */
function EmbedCodes({ codes, onCopied }: { codes: EmbedCodeSet; onCopied: (ok: boolean) => void }) {
  const lang = useLang();
  return (
    <>
      <CodeBox label={tp(lang, 'embedFixed')} code={codes.fixed} onCopied={onCopied} />
      <CodeBox label={tp(lang, 'embedResponsive')} code={codes.responsive} onCopied={onCopied} />
      <a href={codes.src} target="_blank" rel="noopener" className="embed-preview">
        {tp(lang, 'embedPreview')} ↗
      </a>
    </>
  );
}
