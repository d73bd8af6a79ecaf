import { memo } from 'react';
import type { Derived } from '../store/derived';
import { useAppStore } from '../store/store';
import { roleLine } from './keys/mapKeys';
import { useLang, useT } from '../store/hooks';

/** Follows the pointer over the map; it alone re-renders on pointer moves. */
export const Tooltip = memo(function Tooltip({ derived }: { derived: Derived }) {
  const tr = useT();
  const lang = useLang();
  const point = useAppStore((s) => s.pointer);
  const adcode = useAppStore((s) => s.hoveredCity);
  if (!adcode || !point) return null;
  const city = derived.cityByCode.get(adcode);
  const n = derived.counts.get(adcode);
  if (!city || !n) return null;
  const role = derived.single?.roles.get(adcode);
  return (
    <div className="tooltip" style={{ left: point.x + 14, top: point.y + 14 }} role="tooltip" data-testid="tooltip">
      <strong>{city.name[lang]}</strong>
      <div>{tr('tooltipCounts', { n: n.all, named: tr('namedCount', { n: n.named }) })}</div>
      {role && (
        <div>
          {roleLine(lang, role)}
        </div>
      )}
    </div>
  );
});
