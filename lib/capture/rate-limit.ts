/** A token bucket: a burst of `capacity`, then `refillPerSecond` on average. */
export interface Bucket {
  tokens: number;
  updatedAt: number;
}

export interface RateLimit {
  capacity: number;
  refillPerSecond: number;
}

/** Notifications a tab (per origin) may add as rows of their own; the rest of a burst is counted in one row. */
export const CAPTURE_RATE: RateLimit = { capacity: 30, refillPerSecond: 2 };

/** Takes up to `wanted` tokens at `now`; returns how many were granted and the bucket after. */
export function takeTokens(bucket: Bucket | undefined, wanted: number, now: number, limit: RateLimit): { granted: number; bucket: Bucket } {
  const previous = bucket ?? { tokens: limit.capacity, updatedAt: now };
  const elapsed = Math.max(0, now - previous.updatedAt) / 1000;
  const available = Math.min(limit.capacity, previous.tokens + elapsed * limit.refillPerSecond);
  const granted = Math.max(0, Math.min(wanted, Math.floor(available)));
  return { granted, bucket: { tokens: available - granted, updatedAt: now } };
}
