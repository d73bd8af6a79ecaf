/** The list of keys that the map's "Keys" button opens (MapKeyboard.tsx): loaded when first opened. */
import { useEffect, useId, useRef } from 'react';
import { tk } from '../../i18n/keysStrings';
import { useLang, useT } from '../../store/hooks';

const KEY_ROWS = [
  { keys: ['←', '↑', '→', '↓'], what: 'keyArrows' },
  { keys: ['Home', 'End'], what: 'keyHomeEnd' },
  { keys: ['Enter', 'Space'], what: 'keyEnter' },
  { keys: ['Esc'], what: 'keyEscape' },
  { keys: ['Shift', '+ ←↑→↓'], what: 'keyPan', moves: true },
  { keys: ['+', '−'], what: 'keyZoom', moves: true },
  { keys: ['0'], what: 'keyWhole', moves: true },
  { keys: ['?'], what: 'keyHelp' },
] as const;

/** The list itself: focused when it opens; Escape or `?` in it, or its close button, calls `onClose`. */
export function MapKeysDialog({ moves, phone, onClose }: { moves: boolean; phone: boolean; onClose: () => void }) {
  const tr = useT();
  const lang = useLang();
  const title = useId();
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => dialog.current?.focus(), []);

  return (
    // A dialog's own Escape (the WAI-ARIA dialog pattern); its buttons are the rest of its keys.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- see above
    <div
      ref={dialog}
      className="map-keys-help"
      role="dialog"
      aria-labelledby={title}
      tabIndex={-1}
      data-testid="map-keys-help"
      onKeyDown={(e) => {
        if (e.key === 'Escape' || e.key === '?') {
          // Not also the city panel's Escape (a listener on the document).
          e.stopPropagation();
          e.preventDefault();
          onClose();
        }
      }}
    >
      <div className="map-keys-head">
        <h2 id={title}>{tk(lang, 'keysHelpTitle')}</h2>
        <button type="button" className="close" onClick={onClose} aria-label={tr('close')}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <dl>
        {KEY_ROWS.filter((row) => moves || !('moves' in row)).map((row) => (
          <div key={row.what}>
            <dt>
              {row.keys.map((k) => (
                <kbd key={k}>{k}</kbd>
              ))}
            </dt>
            <dd>{tk(lang, row.what)}</dd>
          </div>
        ))}
      </dl>
      {!moves && <p className="map-keys-note">{tk(lang, phone ? 'keysNoMove' : 'keysStatic')}</p>}
    </div>
  );
}
