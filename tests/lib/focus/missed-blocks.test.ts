import { describe, expect, test } from 'vitest';
import { planMissedBlocks } from '@/lib/focus/missed-blocks';

const H = 3_600_000;
const occ = (key: string, start: number, end: number) => ({ key, start: start * H, end: end * H });

describe('planMissedBlocks', () => {
  test.each([
    { name: 'a block wholly while closed is recorded, not observed', occurrences: [occ('a', 10, 12)], recorded: [], lastSeen: 9, now: 13, keys: ['a'] },
    { name: 'one already recorded is not recorded again', occurrences: [occ('a', 10, 12)], recorded: ['a'], lastSeen: 9, now: 13, keys: [] },
    { name: 'one still running is left to the running-block logic', occurrences: [occ('a', 10, 14)], recorded: [], lastSeen: 9, now: 13, keys: [] },
    { name: 'one that began before the background was last seen was seen', occurrences: [occ('a', 8, 12)], recorded: [], lastSeen: 9, now: 13, keys: [] },
    { name: 'several days closed: each block', occurrences: [occ('a', 10, 12), occ('b', 34, 36), occ('c', 58, 60)], recorded: ['b'], lastSeen: 0, now: 61, keys: ['a', 'c'] },
  ])('$name', ({ occurrences, recorded, lastSeen, now, keys }) => {
    const planned = planMissedBlocks(occurrences, new Set(recorded), lastSeen * H, new Date(now * H));
    expect(planned.map((s) => s.scheduleKey)).toEqual(keys);
    for (const s of planned) expect(s).toMatchObject({ kind: 'scheduled', status: 'ended', observed: false });
    for (const s of planned) expect(s.digestPending).toBeUndefined();
  });
});
