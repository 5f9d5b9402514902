import type { Tier } from './tiers';

/** How many notifications may break through per app in one block (or one batching day). */
export const DEFAULT_BREAKTHROUGH_CAP = 5;

/**
 * What happens to a notification while notifications are held: a breakthrough tier is shown at
 * once, until the app has used up its limit; past it, a bad rule cannot become a flood: the rest
 * is held, and marked so that the summary says why.
 */
export type BreakthroughDecision = 'break-through' | 'hold' | 'hold-over-limit';

export function decideBreakthrough(tier: Pick<Tier, 'breaksThrough'>, brokeThroughSoFar: number, cap: number): BreakthroughDecision {
  if (!tier.breaksThrough) return 'hold';
  return brokeThroughSoFar < cap ? 'break-through' : 'hold-over-limit';
}
