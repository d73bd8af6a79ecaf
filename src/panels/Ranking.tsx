import { BAR_COLOR } from '../domain/palette';
import { memo } from 'react';
import type { Derived } from '../store/derived';
import { useAppStore } from '../store/store';
import { formatNumber } from '../i18n/strings';
import { useLang, useT } from '../store/hooks';

export const Ranking = memo(function Ranking({ derived }: { derived: Derived }) {
  const tr = useT();
  const lang = useLang();
  const selected = useAppStore((s) => s.view.city);
  const selectCity = useAppStore((s) => s.selectCity);
  const setHovered = useAppStore((s) => s.setHoveredCity);
  const max = Math.max(1, derived.clusters.length);
  return (
    <section className="ranking" aria-labelledby="ranking-title">
      <h2 id="ranking-title">{tr('ranking')}</h2>
      <ol data-testid="ranking">
        {derived.ranking.map((row) => {
          const city = derived.cityByCode.get(row.adcode)!;
          return (
            <li key={row.adcode}>
              <button
                type="button"
                className={row.adcode === selected ? 'selected' : undefined}
                aria-pressed={row.adcode === selected}
                data-adcode={row.adcode}
                data-count={row.count.all}
                data-named={row.count.named}
                onClick={() => selectCity(row.adcode)}
                onMouseEnter={() => setHovered(row.adcode)}
                onMouseLeave={() => setHovered(null)}
                onFocus={() => setHovered(row.adcode)}
                onBlur={() => setHovered(null)}
              >
                <span className="rank">{formatNumber(lang, row.rank)}</span>
                <span className="name">{city.name[lang]}</span>
                {/* An SVG bar, not a styled width: the build renders the ranking into the page, whose CSP admits no inline style. */}
                <svg className="bar" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                  <rect width={(row.value / max) * 100} height="1" fill={BAR_COLOR} />
                </svg>
                <span className="value" data-testid="ranking-value">
                  {formatNumber(lang, row.value)}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
});
