/**
 * "A new version is ready", said quietly once a worker of another version is
 * waiting or has taken over in another tab (src/publish/offline.ts); loaded
 * only then. This page runs on in its own version until the reader reloads
 * into the new one, at the same address (the whole view).
 */
import { useState } from 'react';
import { tp } from '../i18n/publishStrings';
import { reloadIntoUpdate } from '../publish/offline';
import { useLang, useT } from '../store/hooks';
import { useAppStore } from '../store/store';

export function UpdateNotice() {
  const lang = useLang();
  const tr = useT();
  const [reloading, setReloading] = useState(false);
  return (
    <p className="quiet-notice update-notice" role="status" data-testid="update-ready">
      {tp(lang, 'updateReady')}{' '}
      <button
        type="button"
        disabled={reloading}
        onClick={() => {
          setReloading(true);
          void reloadIntoUpdate();
        }}
        data-testid="update-reload"
      >
        {tp(lang, 'updateReload')}
      </button>{' '}
      {/* Later, then: it covers the foot of the page (the source line) until the reader closes it. */}
      <button type="button" aria-label={tr('close')} title={tr('close')} onClick={() => useAppStore.getState().setUpdateReady(false)} data-testid="update-later">
        <span aria-hidden="true">×</span>
      </button>
    </p>
  );
}
