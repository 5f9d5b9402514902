import { describe, expect, test } from 'vitest';
import { mayStopAfter, pickThreads } from '@/lib/digest/first-screen';

const NOW = new Date('2026-12-03T10:00:00-05:00');
const item = (threadKey: string, dueAt: number, extra: { snoozedUntil?: number } = {}) => ({ status: 'held' as const, threadKey, dueAt, ...extra });

describe('pickThreads', () => {
  test.each([
    { name: 'nothing scanned: nothing picked, the tier is done', scanned: [], full: false, threads: [], complete: true },
    { name: 'threads in the order of their earliest due time, each once', scanned: [item('a', 1), item('b', 2), item('a', 3), item('c', 4)], full: false, threads: ['a', 'b', 'c'], complete: true },
    // The scan stopped at its limit at due 4: a thread not yet met may also be due at 4 and sort first by name.
    { name: 'a full scan keeps only threads first met before its last due time', scanned: [item('a', 1), item('b', 2), item('c', 4), item('a', 4)], full: true, threads: ['a', 'b'], complete: false },
    { name: 'a snoozed item does not place its thread: its next waiting one does', scanned: [item('a', 1, { snoozedUntil: NOW.getTime() + 60_000 }), item('b', 2), item('a', 3)], full: false, threads: ['b', 'a'], complete: true },
    { name: 'a snooze that has ended counts as waiting', scanned: [item('a', 1, { snoozedUntil: NOW.getTime() - 60_000 }), item('b', 2)], full: false, threads: ['a', 'b'], complete: true },
  ])('$name', ({ scanned, full, threads, complete }) => {
    const picked = pickThreads(scanned, { full, now: NOW });
    expect(picked.threads.map((t) => t.thread)).toEqual(threads);
    expect(picked.complete).toBe(complete);
  });

  test('threads are read past the limit while the next is due at the same time (ties sort by name)', () => {
    const { threads } = pickThreads([item('teams', 1), item('gmail', 1), item('slack', 2)], { full: false, now: NOW });
    expect(threads).toEqual([{ thread: 'teams', dueAt: 1 }, { thread: 'gmail', dueAt: 1 }, { thread: 'slack', dueAt: 2 }]);
    expect([0, 1, 2].map((i) => mayStopAfter(threads, i))).toEqual([false, true, true]);
  });
});
