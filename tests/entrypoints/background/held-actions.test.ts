import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleCaptures } from '@/entrypoints/background/capture';
import { runDue, syncFocus } from '@/entrypoints/background/focus-sync';
import { handleMarkHandled, handleRestoreHandled, handleSnooze, parseSnoozeUntil } from '@/entrypoints/background/held-actions';
import { ALARM } from '@/lib/alarms/alarm-plan';
import { db } from '@/lib/db/app-db';
import { startManualSession } from '@/lib/db/sessions-repo';
import { storeSettings } from '../../support/stored-settings';

type Sender = Parameters<typeof handleCaptures>[1];

// Monday 2026-11-23 in New York.
const at = (hhmm: string) => new Date(`2026-11-23T${hhmm}:00-05:00`);
let now = at('10:00');
const clock = () => now;
const slack = (): Sender => ({ origin: 'https://app.slack.com', url: 'https://app.slack.com/client', tab: { id: 7 } as Sender['tab'], frameId: 0 });
const capture = (title: string) => handleCaptures([{ id: title, source: 'new', tag: '', body: 'b', title }], slack(), clock);
const ids = async () => (await db.held.toArray()).map((r) => r.id!);

beforeEach(async () => {
  now = at('10:00');
  await Promise.all(db.tables.map((t) => t.clear()));
  await fakeBrowser.alarms.clearAll();
  await storeSettings();
});

// Notifications are held only in focus.
async function inFocus(minutes = 30) {
  await startManualSession(db, now, { minutes });
  await syncFocus(clock);
}

describe('held actions from the digest', () => {
  test('a snooze hides the item, wakes the release at its end, and the item comes back in a digest then', async () => {
    await inFocus();
    await capture('Kim: lunch?');
    now = at('10:30');
    await syncFocus(clock);
    const [id] = await ids();
    expect((await db.held.get(id!))?.digestId).toBeDefined();

    expect(await handleSnooze({ ids: [id], until: at('11:40').getTime() }, clock)).toEqual({ ok: true });
    const snoozed = await db.held.get(id!);
    expect([snoozed?.snoozedUntil, snoozed?.pendingRelease]).toEqual([at('11:40').getTime(), 1]);
    expect((await fakeBrowser.alarms.get(ALARM.release))?.scheduledTime).toBe(at('11:40').getTime());

    const before = (await db.digests.count());
    now = at('11:40');
    await runDue(clock);
    const back = await db.held.get(id!);
    expect(back?.pendingRelease).toBeUndefined();
    expect(await db.digests.count()).toBe(before + 1);
  });

  test.each([
    { name: 'in the past', until: at('09:59').getTime() },
    { name: 'now', until: at('10:00').getTime() },
    { name: 'more than a year ahead', until: at('10:00').getTime() + 400 * 24 * 3600_000 },
    { name: 'not a number', until: '11:00' },
    { name: 'a fraction', until: at('11:00').getTime() + 0.5 },
  ])('a snooze end $name is refused', ({ until }) => {
    expect(parseSnoozeUntil({ until }, now)).toBeUndefined();
  });

  test('a refused snooze changes nothing', async () => {
    await inFocus();
    await capture('x');
    const [id] = await ids();
    expect((await handleSnooze({ ids: [id], until: 1 }, clock)).ok).toBe(false);
    expect((await db.held.get(id!))?.snoozedUntil).toBeUndefined();
  });

  test('Undo of Mark handled makes the items wait again; other handled items stay handled', async () => {
    await inFocus();
    await capture('a');
    await capture('b');
    await capture('c');
    const [a, b, c] = await ids();
    await handleMarkHandled({ ids: [c] }, clock);
    await handleMarkHandled({ ids: [a, b] }, clock);
    expect((await db.held.toArray()).map((r) => r.status)).toEqual(['handled', 'handled', 'handled']);
    expect(await handleRestoreHandled({ ids: [a, b] }, clock)).toEqual({ ok: true });
    expect((await db.held.toArray()).map((r) => [r.status, r.handledAt === undefined])).toEqual([
      ['held', true],
      ['held', true],
      ['handled', false],
    ]);
  });
});
