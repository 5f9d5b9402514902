import { findTier, getDueAt, type Tier, type TierSettings } from '../sla/tiers';
import type { WorkingHours } from '../time/business-time';

/** The tier a question's default needed-by comes from: "blocking me" shortens it by one tier. */
export function effectiveTier(tiers: TierSettings, tierId: string, blocking: boolean): Tier {
  const tier = findTier(tiers, tierId);
  if (!blocking) return tier;
  const index = tiers.tiers.findIndex((t) => t.id === tier.id);
  return tiers.tiers[Math.max(0, index - 1)] ?? tier;
}

/** The needed-by a question gets when none is typed: its tier's response time, in working time. */
export function defaultNeededBy(tiers: TierSettings, tierId: string, blocking: boolean, now: Date, hours: WorkingHours): Date {
  return getDueAt(effectiveTier(tiers, tierId, blocking).response, now, hours);
}
