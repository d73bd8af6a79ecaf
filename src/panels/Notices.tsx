import { memo } from 'react';
import { t } from '../i18n/strings';
import type { Notice } from '../store/url';
import { useAppStore } from '../store/store';
import { useLang, useT } from '../store/hooks';

export const Notices = memo(function Notices() {
  const tr = useT();
  const lang = useLang();
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotices);
  if (!notices.length) return null;
  const text = (n: Notice) =>
    n.kind === 'badValue'
      ? t(lang, 'noticeUnknown', { key: n.key, value: n.value })
      : n.kind === 'unknownKey'
        ? t(lang, 'noticeUnknownKey', { key: n.key })
        : t(lang, 'noticeRepeated', { key: n.key });
  return (
    <div className="notice" role="status" data-testid="notice">
      <strong>{tr('noticeTitle')}</strong>
      <ul>
        {notices.slice(0, 8).map((n, i) => (
          <li key={i}>{text(n)}</li>
        ))}
        {notices.length > 8 && <li>…</li>}
      </ul>
      <button type="button" onClick={dismiss}>
        {tr('dismiss')}
      </button>
    </div>
  );
});
