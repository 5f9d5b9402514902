import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleCaptures } from '@/entrypoints/background/capture';
import { readEngineState } from '@/entrypoints/background/engine-state';
import { runDue, syncFocus } from '@/entrypoints/background/focus-sync';
import { runRelease } from '@/entrypoints/background/release';
import { ALARM } from '@/lib/alarms/alarm-plan';
import { db } from '@/lib/db/app-db';
import { listPendingRelease, recordRelease } from '@/lib/db/release-repo';
import { startManualSession } from '@/lib/db/sessions-repo';
import { summariseRelease } from '@/lib/digest/summary';
import { DEFAULT_TIER_SETTINGS } from '@/lib/sla/tiers';
import { storeSettings } from '../../support/stored-settings';

type Sender = Parameters<typeof handleCaptures>[1];

// Monday 2026-11-23 in New York.
const at = (hhmm: string) => new Date(`2026-11-23T${hhmm}:00-05:00`);
let now = at('10:00');
const clock = () => now;
let tab = 100;
const slack = (): Sender => ({ origin: 'https://app.slack.com', url: 'https://app.slack.com/client', tab: { id: ++tab } as Sender['tab'], frameId: 0 });
const capture = (...items: { title: string; body?: string }[]) =>
  handleCaptures(items.map((it, i) => ({ id: `${tab}-${i}`, source: 'new', tag: '', body: '', ...it })), slack(), clock);
const shown = () => fakeBrowser.notifications.getAllCreateOptions() as Record<string, { title: string; message: string }>;
const flag = async () => (await fakeBrowser.storage.local.get('focusFlag')).focusFlag as Record<string, unknown>;

beforeEach(async () => {
  now = at('10:00');
  await Promise.all(db.tables.map((t) => t.clear()));
  await storeSettings();
});

describe('releases', () => {
  test('a block ends: one summary for everything it held, recorded once, and the badge counts them', async () => {
    await startManualSession(db, now, { minutes: 50 });
    await syncFocus(clock);
    await capture({ title: '#design', body: 'Dana: mock-ups' }, { title: '#random', body: 'Sam: cake' }, { title: 'Kim', body: 'lunch?' });
    now = at('10:50');
    await syncFocus(clock);
    expect(Object.values(shown())).toEqual([expect.objectContaining({ title: '3 held: Slack 3', message: '1 Important due 1:00 PM' })]);
    const digests = await db.digests.toArray();
    expect(digests).toEqual([expect.objectContaining({ reason: 'block-end', count: 3, shownAt: at('10:50').getTime() })]);
    expect(await listPendingRelease(db)).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('3');
    expect(await fakeBrowser.action.getTitle({})).toBe('Heads Down — not in focus · 3 waiting in the digest');
    // Syncing again releases nothing twice.
    await syncFocus(clock);
    expect(await db.digests.count()).toBe(1);
    expect(Object.keys(shown())).toHaveLength(1);
  });

  test('an Important item early in a long block is released before its due time, and the popup says when', async () => {
    await startManualSession(db, now, { minutes: 6 * 60 });
    await syncFocus(clock);
    await capture({ title: '#random', body: 'Sam: cake' });
    now = at('10:05');
    await capture({ title: 'Dana Smith', body: 'can you review the contract?' });
    await runDue(clock); // what the capture started, awaited here
    // Important (3 h) from 10:05 is due 13:05; with the 10-minute margin it surfaces at 12:55.
    expect((await fakeBrowser.alarms.get(ALARM.release))?.scheduledTime).toBe(at('12:55').getTime());
    expect((await flag()).nextCheck).toEqual({ at: at('12:55').getTime(), reason: 'sla', label: '1 Important' });
    expect(await fakeBrowser.action.getTitle({})).toBe('Heads Down — Focus until 4:00 PM · next check 12:55 PM (1 Important)');
    expect(shown()).toEqual({});

    now = at('12:55');
    await runDue(clock);
    expect(Object.values(shown())).toEqual([expect.objectContaining({ title: '2 held: Slack 2', message: '1 Important due 1:05 PM' })]);
    expect((await db.digests.toArray()).map((d) => d.reason)).toEqual(['sla']);
    // Focus goes on: the badge still shows the minutes left.
    expect(await fakeBrowser.action.getBadgeText({})).toBe('3h05');
  });

  test('a worker stopped between recording and showing: the next start shows it once, under the same id', async () => {
    await startManualSession(db, now, { minutes: 50 });
    await capture({ title: '#random', body: 'cake' });
    const pending = await listPendingRelease(db);
    // The first worker recorded the release and died before (or while) showing it.
    const digest = await recordRelease(db, { reason: 'block-end', itemIds: pending.map((r) => r.id!), sessionIds: [] }, (rows) => summariseRelease(rows, DEFAULT_TIER_SETTINGS, now), now);
    await fakeBrowser.notifications.create(digest!.id, { type: 'basic', iconUrl: '', title: digest!.summary.title, message: '' });
    const state = await readEngineState(clock);
    await runRelease(state, clock);
    await runRelease(state, clock);
    expect(Object.keys(shown())).toEqual([digest!.id]);
    expect(await db.digests.get(digest!.id)).toMatchObject({ shownAt: now.getTime() });
    expect((await db.digests.get(digest!.id))?.unshown).toBeUndefined();
  });

  test('recording the same release twice finds the first; items handled meanwhile are left out', async () => {
    await startManualSession(db, now, { minutes: 50 });
    await capture({ title: '#a', body: 'one' }, { title: '#b', body: 'two' });
    const ids = (await listPendingRelease(db)).map((r) => r.id!);
    const summarise = (rows: Parameters<typeof summariseRelease>[0]) => summariseRelease(rows, DEFAULT_TIER_SETTINGS, now);
    await db.held.update(ids[1]!, { status: 'handled' });
    const first = await recordRelease(db, { reason: 'sla', itemIds: ids, sessionIds: [] }, summarise, now);
    const second = await recordRelease(db, { reason: 'sla', itemIds: ids, sessionIds: [] }, summarise, now);
    expect(first?.itemIds).toEqual([ids[0]]);
    expect(second).toBeUndefined();
    expect(await db.digests.count()).toBe(1);
  });

  test('batching: held in working hours, released at the digest time', async () => {
    await storeSettings((s) => Object.assign(s.digest, { batching: true, times: ['11:00', '15:00'] }));
    await syncFocus(clock);
    expect((await flag()).holdUntil).toBe(at('17:00').getTime());
    expect(await capture({ title: '#random', body: 'cake' })).toEqual({ held: [true] });
    await runDue(clock);
    expect((await flag()).nextCheck).toMatchObject({ at: at('11:00').getTime(), reason: 'digest-time', label: '1 waiting' });
    expect(await fakeBrowser.action.getTitle({})).toBe('Heads Down — not in focus · holding for digests until 5:00 PM · next check 11:00 AM (1 waiting)');
    now = at('11:00');
    await runDue(clock);
    expect(Object.values(shown())).toEqual([expect.objectContaining({ title: '1 held: Slack 1' })]);
    expect((await db.digests.toArray()).map((d) => d.reason)).toEqual(['digest-time']);
  });
});
