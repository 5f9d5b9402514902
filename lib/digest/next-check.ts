import type { NextCheck } from '../messaging/focus-flag';
import { findTier, type TierSettings } from '../sla/tiers';
import type { PendingItem, ReleasePlan } from './release-plan';

/**
 * The words for the next release: what forces an early one ("1 Important"), or how much waits
 * for a block end or digest time ("3 waiting"). Counted in items, as the list shows them.
 */
export function describeNextCheck(
  next: ReleasePlan['next'],
  pending: readonly PendingItem[],
  tiers: TierSettings,
  marginMinutes: number,
): NextCheck | undefined {
  if (!next) return undefined;
  const at = next.at.getTime();
  if (next.reason === 'sla' && next.tierId !== undefined) {
    const tier = findTier(tiers, next.tierId);
    const forcing = pending.filter((p) => p.tierId === tier.id && p.dueAt !== undefined && p.dueAt - marginMinutes * 60_000 <= at);
    return { at, reason: next.reason, label: `${Math.max(1, forcing.length)} ${tier.name}` };
  }
  const waiting = pending.filter((p) => !(p.snoozedUntil !== undefined && p.snoozedUntil > at)).length;
  return { at, reason: next.reason, label: `${waiting} waiting` };
}
