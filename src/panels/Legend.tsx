import { memo } from 'react';
import type { Derived } from '../store/derived';
import { legendModel } from '../store/legend';
import { useLang, useT } from '../store/hooks';

export const Legend = memo(function Legend({ derived }: { derived: Derived }) {
  const tr = useT();
  const lang = useLang();
  // The derived view says which count it holds: the legend may trail the controls by a render, never disagree with itself.
  const legend = legendModel(derived, lang);
  return (
    <section className="legend" aria-label={tr('legend')} data-testid="legend">
      <h2>{legend.title}</h2>
      <ul>
        {legend.items.map((item, i) => (
          <li key={i} className={item.faint ? 'empty' : undefined}>
            {/* A fill attribute, not a style: the build renders the legend into the page, whose CSP admits no inline style. */}
            <svg className="swatch" viewBox="0 0 1 1" preserveAspectRatio="none" aria-hidden="true" focusable="false">
              <rect width="1" height="1" fill={item.color} />
            </svg>
            <span className="legend-label">{item.label}</span>
            <span className="legend-n">{item.count}</span>
          </li>
        ))}
      </ul>
      {legend.note && <p className="legend-note">{legend.note}</p>}
    </section>
  );
});
