import type { Derived } from '../store/derived';
import { useLang, useT } from './hooks';

export function Tooltip({ derived, adcode, point }: { derived: Derived; adcode: string | null; point: { x: number; y: number } | null }) {
  const tr = useT();
  const lang = useLang();
  if (!adcode || !point) return null;
  const city = derived.cityByCode.get(adcode);
  const n = derived.counts.get(adcode);
  if (!city || !n) return null;
  const role = derived.single?.roles.get(adcode);
  return (
    <div className="tooltip" style={{ left: point.x + 14, top: point.y + 14 }} role="tooltip" data-testid="tooltip">
      <strong>{city.name[lang]}</strong>
      <div>{tr('tooltipCounts', { all: n.all, named: n.named })}</div>
      {role && (
        <div>
          {role.roles.map((r) => tr(`role_${r}`)).join(' / ')} · {tr(role.basis === 'named' ? 'basisNamed' : 'basisRegional')}
        </div>
      )}
    </div>
  );
}
