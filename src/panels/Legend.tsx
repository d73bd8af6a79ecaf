import { ROLE_COLORS } from '../domain/roleStyle';
import { ROLES } from '../domain/types';
import type { Derived } from '../store/derived';
import { useAppStore } from '../store/store';
import { useLang, useT } from './hooks';

export function Legend({ derived }: { derived: Derived }) {
  const tr = useT();
  const lang = useLang();
  const count = useAppStore((s) => s.view.count);
  if (derived.single) {
    const { cluster, roles } = derived.single;
    const tally = ROLES.map((r) => [...roles.values()].filter((x) => x.role === r).length);
    return (
      <section className="legend" aria-label={tr('legend')} data-testid="legend">
        <h2>{tr('singleIndustryLegend', { name: cluster.name[lang] })}</h2>
        <ul>
          {ROLES.map((r, i) =>
            tally[i] ? (
              <li key={r}>
                <span className="swatch" style={{ background: ROLE_COLORS[r] }} />
                <span className="legend-label">{tr(`role_${r}`)}</span>
                <span className="legend-n">{tr('legendCities', { n: tally[i]! })}</span>
              </li>
            ) : null,
          )}
          <li>
            <span className="swatch swatch-none" />
            <span className="legend-label">{tr('notTargeted')}</span>
            <span className="legend-n">{tr('legendCities', { n: derived.cityByCode.size - roles.size })}</span>
          </li>
        </ul>
        <p className="legend-note">{tr('namedSolid')}</p>
      </section>
    );
  }
  return (
    <section className="legend" aria-label={tr('legend')} data-testid="legend">
      <h2>{tr(count === 'named' ? 'legendTitleNamed' : 'legendTitleAll')}</h2>
      <ul>
        {derived.classes.map((c, i) => (
          <li key={i} className={derived.tally[i] ? undefined : 'empty'} data-testid="legend-class">
            <span className="swatch" style={{ background: c.color }} />
            <span className="legend-label">{c.min === c.max ? c.min : `${c.min}–${c.max}`}</span>
            <span className="legend-n">{tr('legendCities', { n: derived.tally[i] ?? 0 })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
