/** "A new version is ready": said quietly once the service worker has one (src/publish/offline.ts); loaded only then. */
import { tp } from '../i18n/publishStrings';
import { useLang } from '../store/hooks';

export function UpdateNotice() {
  const lang = useLang();
  return (
    <p className="quiet-notice" role="status" data-testid="update-ready">
      {tp(lang, 'updateReady')}
    </p>
  );
}
