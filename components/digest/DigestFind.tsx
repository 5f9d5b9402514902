import type { RefObject } from 'react';
import type { DigestFilter, ItemState } from '@/lib/digest/digest-filter';
import type { TierSettings } from '@/lib/sla/tiers';

interface Props {
  filter: DigestFilter;
  apps: { key: string; name: string }[];
  tiers: TierSettings;
  searchRef: RefObject<HTMLInputElement | null>;
  onChange: (change: Partial<DigestFilter>) => void;
}

const STATES: { id: ItemState; name: string }[] = [
  { id: 'waiting', name: 'Waiting' },
  { id: 'snoozed', name: 'Snoozed' },
  { id: 'handled', name: 'Handled (history)' },
];

/** Search (title, body, app, sender) and the filters for app, tier and state. */
export function DigestFind({ filter, apps, tiers, searchRef, onChange }: Props) {
  return (
    <div className="find row" role="search">
      <input
        ref={searchRef}
        type="search"
        aria-label="Search"
        placeholder="Search (/)"
        value={filter.query}
        onChange={(e) => onChange({ query: e.target.value })}
        onKeyDown={(e) => e.key === 'Escape' && (e.currentTarget.blur(), onChange({ query: '' }))}
      />
      <label className="inline-field">
        App
        <select value={filter.apps[0] ?? ''} onChange={(e) => onChange({ apps: e.target.value ? [e.target.value] : [] })}>
          <option value="">All apps</option>
          {apps.map((a) => (
            <option key={a.key} value={a.key}>
              {a.name}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-field">
        Tier
        <select value={filter.tiers[0] ?? ''} onChange={(e) => onChange({ tiers: e.target.value ? [e.target.value] : [] })}>
          <option value="">All tiers</option>
          {tiers.tiers.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-field">
        State
        <select value={filter.state} onChange={(e) => onChange({ state: e.target.value as ItemState })}>
          {STATES.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
