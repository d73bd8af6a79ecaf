/**
 * The share menu's list and panels (src/panels/ShareMenu.tsx loads them when
 * the menu is first opened): copy the view's link, the phone's share sheet,
 * the embed codes, and the link to copy by hand when the clipboard refuses.
 */
import { useId } from 'react';
import type { KeyboardEvent } from 'react';
import { tp } from '../i18n/publishStrings';
import { embedCodes, viewLink, type EmbedCodes as EmbedCodeSet } from '../publish/links';
import { describeView } from '../store/derived';
import { useAppStore } from '../store/store';
import { useDerived, useLang, useT } from '../store/hooks';

export type SharePanel = 'menu' | 'embed' | 'link';

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

export default function ShareMenuBody(props: {
  panel: SharePanel;
  setPanel: (panel: SharePanel) => void;
  say: (status: string) => void;
  /** Closes the menu, back on its button. */
  close: () => void;
  onMenuKey: (e: KeyboardEvent<HTMLElement>) => void;
}) {
  const { panel, setPanel, say, close, onMenuKey } = props;
  const tr = useT();
  const lang = useLang();
  const view = useAppStore((s) => s.view);
  const derived = useDerived();
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';

  // Made when asked for.
  const link = () => viewLink(appBase(), view);
  const title = `${tr('appTitle')}${derived ? `: ${describeView(view, derived, lang)}` : ''}`;

  async function copyLink() {
    if (await copy(link())) {
      say(tp(lang, 'linkCopied'));
      close();
    } else {
      say(tp(lang, 'copyFailed'));
      setPanel('link');
    }
  }

  async function shareSheet() {
    close();
    try {
      await navigator.share({ title, url: link() });
    } catch {
      // Dismissed by the reader, or refused: nothing to say.
    }
  }

  const copied = (ok: boolean) => say(tp(lang, ok ? 'codeCopied' : 'copyFailed'));

  return panel === 'menu' ? (
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
      <p className="share-note" data-testid="share-your-data">
        {tp(lang, 'shareNoYourData')}
      </p>
    </>
  ) : panel === 'link' ? (
    <CodeBox label={tp(lang, 'theLink')} code={link()} onCopied={copied} />
  ) : (
    <EmbedCodes codes={embedCodes(location.origin, appBase(), view, title)} onCopied={copied} />
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
