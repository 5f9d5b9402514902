import { describe, expect, test } from 'vitest';
import { takeTokens, type Bucket } from '@/lib/capture/rate-limit';

const LIMIT = { capacity: 30, refillPerSecond: 2 };
const T0 = 1_000_000;

describe('takeTokens', () => {
  test.each<{ name: string; bucket?: Bucket; wanted: number; at: number; granted: number; left: number }>([
    { name: 'a new frame gets its whole burst', wanted: 5, at: T0, granted: 5, left: 25 },
    { name: 'a flood gets the burst and no more', wanted: 10_000, at: T0, granted: 30, left: 0 },
    { name: 'an empty bucket refills with time', bucket: { tokens: 0, updatedAt: T0 }, wanted: 10, at: T0 + 2_500, granted: 5, left: 0 },
    { name: 'refilling stops at the capacity', bucket: { tokens: 0, updatedAt: T0 }, wanted: 100, at: T0 + 3_600_000, granted: 30, left: 0 },
    { name: 'a clock that went back refills nothing', bucket: { tokens: 3, updatedAt: T0 }, wanted: 10, at: T0 - 60_000, granted: 3, left: 0 },
    { name: 'asking for nothing takes nothing', bucket: { tokens: 7, updatedAt: T0 }, wanted: 0, at: T0, granted: 0, left: 7 },
  ])('$name', ({ bucket, wanted, at, granted, left }) => {
    const result = takeTokens(bucket, wanted, at, LIMIT);
    expect(result.granted).toBe(granted);
    expect(result.bucket.tokens).toBeCloseTo(left);
  });
});
