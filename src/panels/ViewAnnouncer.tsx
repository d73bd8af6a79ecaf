/**
 * What a screen reader hears of the view: the map's description (the export's
 * subtitle, `describeView`), which the map regions point to with
 * aria-describedby, and, after a change of tier, industries or count, one
 * polite announcement of the result ("Emerging · all clusters · all
 * designations: 21 cities targeted; most: Guangzhou, Shenzhen with 10"). It
 * waits until the view has been still for a moment, so a run of clicks is
 * announced once, and says nothing on the first load.
 */
import { MAP_DESCRIPTION_ID } from '../map/keys/MapKeyboard';
import { useEffect, useRef, useState } from 'react';
import { describeView, type Derived } from '../store/derived';
import { useAppStore } from '../store/store';
import { useLang, useT } from '../store/hooks';


/** How long the view must stay unchanged before its result is announced. */
const SETTLE_MS = 600;

function announcement(derived: Derived, view: string, lang: 'ja' | 'en' | 'zh', tr: ReturnType<typeof useT>): string {
  const targeted = derived.ranking.filter((r) => r.value > 0);
  const max = targeted[0]?.value ?? 0;
  const sep = lang === 'en' ? ', ' : '、';
  const top = targeted.filter((r) => r.value === max).map((r) => derived.cityByCode.get(r.adcode)?.name[lang] ?? r.adcode);
  return tr('announceView', { view, n: targeted.length, top: top.join(sep), max });
}

export function ViewAnnouncer({ derived }: { derived: Derived }) {
  const tr = useT();
  const lang = useLang();
  const tier = useAppStore((s) => s.view.tier);
  const industries = useAppStore((s) => s.view.industries);
  const count = useAppStore((s) => s.view.count);
  const view = describeView({ tier, industries, count }, derived, lang);
  const [said, setSaid] = useState('');
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = setTimeout(() => setSaid(announcement(derived, view, lang, tr)), SETTLE_MS);
    return () => clearTimeout(timer);
    // The language changing is not a change of the view's result.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [derived]);

  return (
    <>
      <p id={MAP_DESCRIPTION_ID} className="sr-only">
        {view}
      </p>
      <p className="sr-only" role="status" aria-live="polite" data-testid="view-announcer">
        {said}
      </p>
    </>
  );
}
