import { describe, expect, test } from 'vitest';
import { forgetCachedSettings, loadCachedFocusContext, loadFocusContext } from '@/entrypoints/background/focus-context';
import { changeSection } from '@/entrypoints/background/settings-writer';
import type { Settings } from '@/lib/settings/settings';
import { storeSettings } from '../../support/stored-settings';

// Capture's copy of the settings and the expanded schedule (focus-context.ts): the same answer as
// a fresh read, whatever happened since it was made.

const weekdayMornings = (s: Settings) => {
  s.schedule.enabled = true;
  s.schedule.weekly = [[], [{ start: '09:00', end: '11:00' }], [{ start: '09:00', end: '11:00' }], [{ start: '09:00', end: '11:00' }], [{ start: '09:00', end: '11:00' }], [{ start: '09:00', end: '11:00' }], []];
};
const coversNow = (occurrences: { start: number; end: number }[], now: Date) => occurrences.some((o) => o.start <= now.getTime() && now.getTime() < o.end);

describe('the focus context capture reuses', () => {
  test('a setting saved through the background is seen at once', async () => {
    await storeSettings((s) => void (s.digest.batching = false));
    const now = new Date('2026-11-23T10:00:00-05:00');
    expect((await loadCachedFocusContext(now)).settings.digest.batching).toBe(false);
    await changeSection('digest', (d) => ({ ...d, batching: true }), () => now);
    expect((await loadCachedFocusContext(now)).settings.digest.batching).toBe(true);
  });

  test('a setting written by anything else is seen once the copy is forgotten (index.ts does that on storage.onChanged)', async () => {
    await storeSettings((s) => void (s.digest.marginMinutes = 5));
    const now = new Date('2026-11-23T10:00:00-05:00');
    expect((await loadCachedFocusContext(now)).settings.digest.marginMinutes).toBe(5);
    await storeSettings((s) => void (s.digest.marginMinutes = 9));
    forgetCachedSettings();
    expect((await loadCachedFocusContext(now)).settings.digest.marginMinutes).toBe(9);
  });

  test.each([
    { name: 'within the hour', later: 30 * 60_000 },
    { name: 'an hour on', later: 61 * 60_000 },
    { name: 'the next day', later: 24 * 3600_000 },
    { name: 'nine days on, past the first expansion', later: 9 * 24 * 3600_000 },
    { name: 'the clock put back a fortnight', later: -14 * 24 * 3600_000 },
    { name: 'the clock put back a minute', later: -60_000 },
  ])('the schedule is the one a fresh read expands: $name', async ({ later }) => {
    await storeSettings(weekdayMornings);
    const first = new Date('2026-11-23T10:00:00-05:00'); // a Monday, in a block
    expect(coversNow((await loadCachedFocusContext(first)).occurrences, first)).toBe(true);
    const then = new Date(first.getTime() + later);
    const cached = await loadCachedFocusContext(then);
    const fresh = await loadFocusContext(then);
    // What matters: the blocks around `then` are the same as a fresh read finds.
    const near = (o: { start: number; end: number }[]) => o.filter((x) => Math.abs(x.start - then.getTime()) < 24 * 3600_000);
    expect(near(cached.occurrences)).toEqual(near(fresh.occurrences));
    expect(near(fresh.occurrences).length).toBeGreaterThan(0);
  });
});
