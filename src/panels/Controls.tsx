import { memo } from 'react';
import { clustersInTier } from '../domain/filter';
import type { Cluster, CountBasis, TierFilter } from '../domain/types';
import { useAppStore } from '../store/store';
import { ClusterLink } from './ClusterText';
import { useLang, useT } from '../store/hooks';

const TIERS: { value: TierFilter; key: 'tierAll' | 'tierPillar' | 'tierEmerging' }[] = [
  { value: 'all', key: 'tierAll' },
  { value: 'pillar', key: 'tierPillar' },
  { value: 'emerging', key: 'tierEmerging' },
];

function Segmented<T extends string>(props: {
  name: string;
  legend: string;
  value: T;
  options: { value: T; label: string; title?: string }[];
  onChange: (v: T) => void;
}) {
  return (
    <fieldset className="segmented">
      <legend>{props.legend}</legend>
      <div className="segmented-options">
        {props.options.map((o) => (
          <label key={o.value} title={o.title} className={o.value === props.value ? 'checked' : undefined}>
            <input
              type="radio"
              name={props.name}
              value={o.value}
              checked={o.value === props.value}
              onChange={() => props.onChange(o.value)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export const TierControl = memo(function TierControl() {
  const tr = useT();
  const tier = useAppStore((s) => s.view.tier);
  const setTier = useAppStore((s) => s.setTier);
  return (
    <Segmented
      name="tier"
      legend={tr('tier')}
      value={tier}
      options={TIERS.map((o) => ({ value: o.value, label: tr(o.key) }))}
      onChange={setTier}
    />
  );
});

export const CountControl = memo(function CountControl() {
  const tr = useT();
  const count = useAppStore((s) => s.view.count);
  const setCount = useAppStore((s) => s.setCount);
  return (
    <Segmented<CountBasis>
      name="count"
      legend={tr('countBasis')}
      value={count}
      options={[
        { value: 'all', label: tr('countAll'), title: tr('countAllHint') },
        { value: 'named', label: tr('countNamed') },
      ]}
      onChange={setCount}
    />
  );
});

export const IndustryPicker = memo(function IndustryPicker({ clusters }: { clusters: Cluster[] }) {
  const tr = useT();
  const lang = useLang();
  const tier = useAppStore((s) => s.view.tier);
  const industries = useAppStore((s) => s.view.industries);
  const toggle = useAppStore((s) => s.toggleIndustry);
  const setIndustries = useAppStore((s) => s.setIndustries);
  const offered = clustersInTier(clusters, tier);
  const isOn = (id: string) => industries === null || industries.includes(id);
  const groups = (['pillar', 'emerging'] as const)
    .map((g) => ({ tier: g, items: offered.filter((c) => c.tier === g) }))
    .filter((g) => g.items.length > 0);
  return (
    <fieldset className="industries">
      <legend>{tr('industries')}</legend>
      <div className="industry-actions">
        <button type="button" onClick={() => setIndustries(null)} data-testid="industries-all">
          {tr('selectAll')}
        </button>
        <button type="button" onClick={() => setIndustries([])} data-testid="industries-none">
          {tr('selectNone')}
        </button>
      </div>
      {groups.map((g) => (
        <div key={g.tier} className="industry-group">
          <div className="industry-group-title">{tr(g.tier === 'pillar' ? 'tierPillar' : 'tierEmerging')}</div>
          {g.items.map((c) => (
            // The checkbox filters; the name opens the cluster's card.
            <div key={c.id} className="industry">
              <label className="industry-check">
                <input type="checkbox" value={c.id} checked={isOn(c.id)} onChange={() => toggle(c.id)} aria-label={c.name[lang]} />
              </label>
              <ClusterLink cluster={c} />
            </div>
          ))}
        </div>
      ))}
    </fieldset>
  );
});
