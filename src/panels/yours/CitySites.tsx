/** The city panel's lines for the reader's data: the sites in the city, and each city figure's value. */
import type { Adcode } from '../../domain/types';
import { formatNumber, t } from '../../i18n/strings';
import { ty } from '../../i18n/yoursStrings';
import { useLang } from '../../store/hooks';
import { useYours } from '../../store/yours';

export function CitySites({ city, cityName }: { city: Adcode; cityName: (code: Adcode) => string }) {
  const lang = useLang();
  const data = useYours((s) => s.data);
  if (!data) return null;
  if (data.kind === 'figures') {
    const figures = data.figures.filter((f) => f.values[city] !== undefined);
    if (figures.length === 0) return null;
    return (
      <dl className="city-figures" data-testid="city-figures">
        {figures.map((f) => (
          <div key={f.name}>
            <dt>{f.name}</dt>
            <dd>{formatNumber(lang, f.values[city]!)}</dd>
          </div>
        ))}
      </dl>
    );
  }
  const sites = data.sites.filter((s) => s.city === city);
  if (sites.length === 0) return null;
  return (
    <section className="city-sites" data-testid="city-sites">
      <h3>{ty(lang, 'yoursSitesInCity', { n: sites.length })}</h3>
      <ul>
        {sites.slice(0, 50).map((s) => (
          <li key={s.row}>
            {s.name || `#${s.row}`}
            <span className="yours-clusters">
              {' '}
              （{ty(lang, `yoursBy_${s.by!}`)}
              {s.place ? `：${s.place}` : ''}
              {s.nearBorder ? `、${ty(lang, 'yoursNearBorder', { city: cityName(s.nearBorder) })}` : ''}）
            </span>
          </li>
        ))}
        {sites.length > 50 && <li>…</li>}
      </ul>
    </section>
  );
}

/** The comparison's line for the reader's data: how many sites in each compared city, or each one's figures. */
export function CompareSites({ cities, names }: { cities: readonly Adcode[]; names: readonly string[] }) {
  const lang = useLang();
  const data = useYours((s) => s.data);
  if (!data) return null;
  const sep = lang === 'en' ? ', ' : '、';
  if (data.kind === 'figures')
    return (
      <>
        {data.figures.map((f) => (
          <p key={f.name} className="compare-sites" data-testid="compare-figures">
            {t(lang, 'labelled', { label: f.name })}{cities.map((c, i) => `${names[i]} ${f.values[c] === undefined ? '—' : formatNumber(lang, f.values[c]!)}`).join(sep)}
          </p>
        ))}
      </>
    );
  return (
    <p className="compare-sites" data-testid="compare-sites">
      {t(lang, 'labelled', { label: ty(lang, 'yoursSites') })}{cities.map((c, i) => `${names[i]} ${ty(lang, 'yoursSitesCount', { n: data.sites.filter((s) => s.city === c).length })}`).join(sep)}
    </p>
  );
}
