import type { TierSettings } from '@/lib/sla/tiers';

/** The tiers as the options of a select, most urgent first. */
export function TierOptions({ tiers }: { tiers: TierSettings }) {
  return (
    <>
      {tiers.tiers.map((t) => (
        <option key={t.id} value={t.id}>
          {t.name}
        </option>
      ))}
    </>
  );
}
