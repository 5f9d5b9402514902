import { afterAll, beforeAll } from 'vitest';

/**
 * Runs a describe block's tests in another time zone: Node reads TZ again when it changes, so
 * local-time code sees that zone. Restored afterwards (the unit project runs in New York).
 */
export function inTimeZone(zone: string): void {
  let before: string | undefined;
  beforeAll(() => {
    before = process.env.TZ;
    process.env.TZ = zone;
  });
  afterAll(() => {
    process.env.TZ = before;
  });
}
