/** The legend as data: one model drawn by the side panel, the PNG and the SVG. */
import { NO_ROLE_COLOR, ROLE_COLORS } from '../domain/palette';
import { ROLES, type Lang } from '../domain/types';
import { t } from '../i18n/strings';
import type { Derived } from './derived';

export interface LegendItem {
  color: string;
  label: string;
  count: string;
  /** Drawn pale: a class no city falls in. */
  faint?: boolean;
}

export interface LegendModel {
  title: string;
  items: LegendItem[];
  note: string | null;
}

export function legendModel(derived: Derived, lang: Lang): LegendModel {
  if (derived.single) {
    const roles = [...derived.single.roles.values()];
    return {
      title: t(lang, 'singleIndustryLegend', { name: derived.single.cluster.name[lang] }),
      items: [
        ...ROLES.filter((r) => roles.some((x) => x.role === r)).map((r) => ({
          color: ROLE_COLORS[r],
          label: t(lang, `role_${r}`),
          count: t(lang, 'legendCities', { n: roles.filter((x) => x.role === r).length }),
        })),
        { color: NO_ROLE_COLOR, label: t(lang, 'notTargeted'), count: t(lang, 'legendCities', { n: derived.cityByCode.size - roles.length }) },
      ],
      note: t(lang, 'namedSolid'),
    };
  }
  return {
    title: t(lang, derived.count === 'named' ? 'legendTitleNamed' : 'legendTitleAll'),
    items: derived.classes.map((c, i) => ({
      color: c.color,
      label: c.min === c.max ? String(c.min) : `${c.min}–${c.max}`,
      count: t(lang, 'legendCities', { n: derived.tally[i] ?? 0 }),
      faint: !derived.tally[i],
    })),
    note: null,
  };
}
