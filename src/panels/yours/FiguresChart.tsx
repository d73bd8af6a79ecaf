/**
 * A city figure against the clusters targeting each city: 21 labelled dots
 * (src/panels/yours/scatter.ts), over the map as the sites' list is. The
 * chart takes the focus as one stop; the arrow keys walk the dots (left to
 * right), the city under the ring is said, Enter opens it. A table under it
 * says the same in text, and r is given for the reader to judge.
 */
import { useId, useMemo, useState } from 'react';
import { SITE } from '../../domain/palette';
import type { YourData } from '../../domain/sites';
import type { Dataset } from '../../domain/types';
import { formatNumber } from '../../i18n/strings';
import { ty } from '../../i18n/yoursStrings';
import type { Derived } from '../../store/derived';
import { useAppStore } from '../../store/store';
import { useLang, useT } from '../../store/hooks';
import { yoursStore } from '../../store/yours';
import { scatterModel } from './scatter';

const MARGIN = { left: 64, right: 90, top: 16, bottom: 44 };

export function FiguresChart({ data, derived }: { data: YourData; derived: Derived; dataset: Dataset }) {
  const lang = useLang();
  const tr = useT();
  const id = useId();
  const [figure, setFigure] = useState(0);
  const [active, setActive] = useState<number | null>(null);
  const chosen = data.figures[figure] ?? data.figures[0];
  const model = useMemo(() => (chosen ? scatterModel(derived, chosen) : null), [derived, chosen]);
  if (!chosen || !model) return null;
  const name = (code: string) => derived.cityByCode.get(code)?.name[lang] ?? code;
  const countText = (n: number) => tr('clustersCount', { n });
  const describe = (i: number) => {
    const p = model.points[i]!;
    return `${name(p.city)}${tr('pause')}${countText(p.x)}${tr('pause')}${chosen.name} ${formatNumber(lang, p.y)}`;
  };
  const open = (i: number) => {
    yoursStore.getState().setListOpen(false);
    useAppStore.getState().selectCity(model.points[i]!.city);
  };
  const onKey = (e: React.KeyboardEvent) => {
    const last = model.points.length - 1;
    const next = (by: number) => setActive((a) => Math.min(last, Math.max(0, (a ?? (by > 0 ? -1 : last + 1)) + by)));
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next(1);
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next(-1);
    else if (e.key === 'Home') setActive(0);
    else if (e.key === 'End') setActive(last);
    else if ((e.key === 'Enter' || e.key === ' ') && active !== null) open(active);
    else return;
    e.preventDefault();
  };
  const w = model.width + MARGIN.left + MARGIN.right;
  const h = model.height + MARGIN.top + MARGIN.bottom;
  const y = (v: number) => MARGIN.top + model.height - ((v - model.yMin) / (model.yMax - model.yMin)) * model.height;
  const x = (v: number) => MARGIN.left + (v / model.xMax) * model.width;
  const r = model.r === null ? '' : ty(lang, 'yoursCorrelation', { r: model.r.toFixed(2) });
  return (
    <section className="yours-chart" aria-labelledby={`${id}-title`} data-testid="yours-chart">
      <div className="yours-list-head">
        <h2 id={`${id}-title`}>{ty(lang, 'yoursChartTitle', { figure: chosen.name })}</h2>
        {data.figures.length > 1 && (
          <label>
            <span>{ty(lang, 'yoursFigure')} </span>
            <select value={figure} onChange={(e) => setFigure(Number(e.target.value))} data-testid="yours-figure">
              {data.figures.map((f, i) => (
                <option key={i} value={i}>
                  {f.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <p className="yours-source">
        {r}
        {model.missing.length > 0 && ` ${ty(lang, 'yoursChartMissing', { cities: model.missing.map(name).join(lang === 'en' ? ', ' : '、') })}`}
      </p>
      {/* One tab stop; the keys walk the dots and the status below says where. */}
      <svg
        viewBox={`0 0 ${w} ${h}`}
        className="yours-scatter"
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-keys`}
        tabIndex={0}
        onKeyDown={onKey}
        data-testid="yours-scatter"
      >
        {model.yTicks.map((t) => (
          <g key={`y${t}`}>
            <line x1={MARGIN.left} x2={MARGIN.left + model.width} y1={y(t)} y2={y(t)} className="grid" />
            <text x={MARGIN.left - 6} y={y(t)} textAnchor="end" dominantBaseline="middle">
              {formatNumber(lang, t)}
            </text>
          </g>
        ))}
        {model.xTicks.map((t) => (
          <text key={`x${t}`} x={x(t)} y={MARGIN.top + model.height + 16} textAnchor="middle">
            {formatNumber(lang, t)}
          </text>
        ))}
        <text x={MARGIN.left + model.width / 2} y={h - 6} textAnchor="middle" className="axis-title">
          {tr('legendTitleAll')}
        </text>
        {model.points.map((p, i) => (
          // The chart's own keys (onKey) choose a dot; a click is the pointer's way.
          <g key={p.city} className={i === active ? 'dot active' : 'dot'} onClick={() => open(i)} data-city={p.city}>
            <circle cx={MARGIN.left + p.px} cy={MARGIN.top + p.py} r={i === active ? 7 : 5} fill={SITE.fill} />
            <text x={MARGIN.left + p.px + 8} y={MARGIN.top + p.py} dominantBaseline="middle">
              {name(p.city)}
            </text>
          </g>
        ))}
      </svg>
      <p id={`${id}-keys`} className="yours-source">
        {ty(lang, 'yoursChartKeys')}
      </p>
      <p className="sr-only" role="status" aria-live="polite" data-testid="yours-chart-status">
        {active === null ? '' : describe(active)}
      </p>
      <details className="yours-chart-table">
        <summary>{ty(lang, 'yoursChartTable')}</summary>
        <table data-testid="yours-chart-table">
          <thead>
            <tr>
              <th scope="col">{tr('city')}</th>
              <th scope="col">{tr('legendTitleAll')}</th>
              <th scope="col">{chosen.name}</th>
            </tr>
          </thead>
          <tbody>
            {model.points.map((p) => (
              <tr key={p.city}>
                <th scope="row">{name(p.city)}</th>
                <td className="num">{formatNumber(lang, p.x)}</td>
                <td className="num">{formatNumber(lang, p.y)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
