/**
 * "A new version is ready", said quietly once a worker of another version is
 * waiting or has taken over in another tab (src/publish/offline.ts); loaded
 * only then. This page runs on in its own version until the reader reloads
 * into the new one, at the same address (the whole view).
 */
import { useState } from 'react';
import { tp } from '../i18n/publishStrings';
import { reloadIntoUpdate } from '../publish/offline';
import { useLang } from '../store/hooks';

export function UpdateNotice() {
  const lang = useLang();
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
      </button>
    </p>
  );
}
