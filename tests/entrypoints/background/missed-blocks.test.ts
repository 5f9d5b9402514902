import { describe, expect, test } from 'vitest';
import { recordMissedBlocks } from '@/entrypoints/background/missed-blocks';
import { db } from '@/lib/db/app-db';
import { reviewStats, weekOf } from '@/lib/review/week-stats';
import { storeSettings } from '../../support/stored-settings';

describe('scheduled blocks while the browser was closed', () => {
  test('are stored once, not observed, and the review counts them as planned, not protected', async () => {
    await Promise.all(db.tables.map((t) => t.clear()));
    await storeSettings((s) => void (s.schedule.enabled = true));
    // Last seen Monday evening; back on Wednesday at 08:00: Tuesday's two default blocks passed.
    const monday = new Date('2026-11-23T18:00:00-05:00');
    const wednesday = new Date('2026-11-25T08:00:00-05:00');
    expect(await recordMissedBlocks(() => monday)).toBe(0);
    const recorded = await recordMissedBlocks(() => wednesday);
    expect(recorded).toBe(2);
    expect(await recordMissedBlocks(() => wednesday)).toBe(0);
    const sessions = await db.sessions.toArray();
    expect(sessions).toHaveLength(recorded);
    expect(sessions.every((s) => s.observed === false && s.status === 'ended')).toBe(true);
    const week = weekOf(wednesday);
    const stats = reviewStats({ sessions, held: [], digests: [], questions: [] }, week.from, week.to, wednesday);
    const tuesday = stats.days[1]!;
    expect(tuesday.plannedMinutes).toBe(6 * 60);
    expect(tuesday.protectedMinutes).toBe(0);
    expect(stats.notObservedMinutes).toBe(tuesday.plannedMinutes);
  });
});
