/**
 * The share menu (a disclosure, like the export menu): copy the view's link,
 * hand it to the phone's share sheet (the Web Share API, where there is one),
 * or get the code that embeds the view in a page. Every link reproduces the
 * view, language included (src/publish/links.ts). Results are said in a
 * polite live region. Its list and panels (src/panels/ShareMenuBody.tsx)
 * load when it is first opened, before it opens, so its first item takes
 * focus as in any menu.
 */
import { useEffect, useState } from 'react';
import { useDisclosure } from './disclosure';
import { useT } from '../store/hooks';
import { lazyPart } from '../store/lazyPart';
import type { SharePanel } from './ShareMenuBody';

const bodyPart = lazyPart('share-menu', () => import('./ShareMenuBody'), (m) => m.default);
const Body = bodyPart.Part;

export function ShareMenu() {
  const tr = useT();
  const { open, setOpen, button, menu, root, closeIfFocusLeft, onMenuKey } = useDisclosure();
  const [panel, setPanel] = useState<SharePanel>('menu');
  const [status, setStatus] = useState('');

  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(''), 8000);
    return () => clearTimeout(timer);
  }, [status]);
  // The embed panel's first field takes focus when it replaces the list.
  useEffect(() => {
    if (panel !== 'menu') menu.current?.querySelector<HTMLElement>('textarea, input')?.focus();
  }, [panel, menu]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

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
          if (open) setOpen(false);
          else
            // Loaded first, so the list is there when it opens and its first item takes focus. If it cannot be
            // loaded, the menu opens on what its place says of that (src/store/partFailed.tsx).
            void bodyPart
              .preload()
              .catch(() => null)
              .then(() => setOpen(true));
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
          <Body panel={panel} setPanel={setPanel} say={setStatus} close={close} onMenuKey={onMenuKey} />
        </div>
      )}
      <span className="export-status" role="status" aria-live="polite" data-testid="share-status">
        {status}
      </span>
    </div>
  );
}
