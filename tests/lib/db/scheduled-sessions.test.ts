import { describe, expect, test } from 'vitest';
import { withFreshDb } from './fresh-db';
import {
  endRunningSessions,
  extendRunningBlock,
  readFocusState,
  startManualSession,
  storeRunningBlock,
} from '@/lib/db/sessions-repo';
import type { Occurrence } from '@/lib/focus/schedule';

// A Monday in New York: the weekly 09:00–13:00 block, as expandSchedule would give it.
const at = (hhmm: string) => new Date(`2026-11-23T${hhmm}:00-05:00`);
const block = (start: string, end: string): Occurrence => ({
  key: `scheduled:${at(start).getTime()}-${at(end).getTime()}`,
  start: at(start).getTime(),
  end: at(end).getTime(),
});
const MORNING = block('09:00', '13:00');
const AFTERNOON = block('15:00', '17:00');
const SCHEDULE = [MORNING, AFTERNOON];

const fresh = withFreshDb();

describe('storeRunningBlock', () => {
  test('stores a running scheduled block once, even when wake-ups race', async () => {
    await Promise.all([1, 2, 3].map(() => storeRunningBlock(fresh.db, at('10:00'), SCHEDULE)));
    const stored = await fresh.db.sessions.toArray();
    expect(stored).toEqual([expect.objectContaining({ kind: 'scheduled', scheduleKey: MORNING.key, status: 'active' })]);
  });

  test('stores nothing outside a block', async () => {
    await storeRunningBlock(fresh.db, at('14:00'), SCHEDULE);
    expect(await fresh.db.sessions.count()).toBe(0);
  });
});

describe('ending a scheduled block early', () => {
  test('keeps it ended for the rest of its time, records the reason, and leaves the next block planned', async () => {
    const ended = await endRunningSessions(fresh.db, at('10:00'), SCHEDULE, 'Incident');
    expect(ended).toEqual([expect.objectContaining({ scheduleKey: MORNING.key, endReason: 'user', endNote: 'Incident', actualEnd: at('10:00').getTime() })]);
    expect(await readFocusState(fresh.db, at('10:05'), SCHEDULE)).toEqual({ on: false, next: at('15:00') });
    expect(await readFocusState(fresh.db, at('15:30'), SCHEDULE)).toMatchObject({ on: true, until: at('17:00') });
  });

  test('a manual block running into a scheduled one: End focus ends what has started, not the block ahead', async () => {
    await startManualSession(fresh.db, at('14:30'), { minutes: 45 }, SCHEDULE);
    expect(await readFocusState(fresh.db, at('14:40'), SCHEDULE)).toMatchObject({ on: true, until: at('17:00') });
    await endRunningSessions(fresh.db, at('14:40'), SCHEDULE);
    expect(await readFocusState(fresh.db, at('14:41'), SCHEDULE)).toEqual({ on: false, next: at('15:00') });
  });
});

describe('extendRunningBlock', () => {
  test('moves the end of a scheduled block, and the extension is kept', async () => {
    const state = await extendRunningBlock(fresh.db, at('12:50'), SCHEDULE, 15);
    expect(state).toMatchObject({ on: true, until: at('13:15') });
    expect(await readFocusState(fresh.db, at('13:10'), SCHEDULE)).toMatchObject({ on: true, until: at('13:15') });
    expect(await readFocusState(fresh.db, at('13:15'), SCHEDULE)).toMatchObject({ on: false });
  });

  test('extends the whole merged block from its last end', async () => {
    await startManualSession(fresh.db, at('14:30'), { minutes: 45 }, SCHEDULE);
    const state = await extendRunningBlock(fresh.db, at('14:40'), SCHEDULE, 15);
    expect(state).toMatchObject({ on: true, until: at('17:15') });
  });

  test('does nothing when focus is off', async () => {
    expect(await extendRunningBlock(fresh.db, at('14:00'), SCHEDULE, 15)).toMatchObject({ on: false });
    expect(await fresh.db.sessions.count()).toBe(0);
  });
});
