import { beforeEach, describe, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { getSenderOrigin, handleCaptures } from '@/entrypoints/background/capture';
import { CAPTURE_RATE } from '@/lib/capture/rate-limit';
import type { HeldNotification } from '@/lib/capture/held-notification';
import { db } from '@/lib/db/app-db';
import { FOCUS_FLAG_KEY } from '@/lib/messaging/focus-flag';
import { listHeld } from '@/lib/db/held-repo';
import { startManualSession } from '@/lib/db/sessions-repo';
import { storeSettings } from '../../support/stored-settings';

type Sender = Parameters<typeof handleCaptures>[1];

let now = new Date('2026-11-23T10:00:00-05:00');
const clock = () => now;
let tabId = 7;
const slackTab = (): Sender => ({ origin: 'https://app.slack.com', url: 'https://app.slack.com/client/T1/C1', tab: { id: tabId } as Sender['tab'], frameId: 0 });
const request = (n: number | string, extra: Record<string, unknown> = {}) => ({ id: String(n), source: 'new', title: `Ana ${n}`, body: 'prod is down?', tag: '', ...extra });

beforeEach(async () => {
  now = new Date('2026-11-23T10:00:00-05:00');
  tabId += 1; // a fresh tab, so the per-tab rate starts full
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('handleCaptures', () => {
  test('outside focus, the page is told to show them: nothing is stored', async () => {
    expect(await handleCaptures([request(1)], slackTab(), clock)).toEqual({ held: [false] });
    expect(await listHeld(db)).toEqual([]);
  });

  test('during focus, rows are stored before "held" is answered, with the origin the browser gave', async () => {
    await startManualSession(db, now, { minutes: 50 });
    const forged = { ...request(42), origin: 'https://evil.example', app: 'Bank' };
    expect(await handleCaptures([forged], slackTab(), clock)).toEqual({ held: [true] });
    const [row] = await listHeld(db);
    expect(row).toMatchObject({
      origin: 'https://app.slack.com', app: 'Slack', tabId, frameId: 0, hookId: '42', pageUrl: 'https://app.slack.com/client/T1/C1',
      title: 'Ana 42', body: 'prod is down?', status: 'held', createdAt: now.getTime(), threadKey: 'slack\u001f',
    });
  });

  test('stored rows are answered "held" even when moving the release up then fails (else the page would show them too)', async () => {
    // A long block: the row must surface before it ends, so the release is moved up.
    await startManualSession(db, now, { minutes: 600 });
    const get = browser.storage.local.get.bind(browser.storage.local) as (keys: unknown) => Promise<Record<string, unknown>>;
    // Only the plan's read fails: the settings and the focus state are read as usual.
    const read = vi
      .spyOn(browser.storage.local, 'get')
      .mockImplementation(((keys: unknown) => (keys === FOCUS_FLAG_KEY ? Promise.reject(new Error('storage gone')) : get(keys))) as never);
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(await handleCaptures([request(1)], slackTab(), clock)).toEqual({ held: [true] });
      expect(read).toHaveBeenCalledWith(FOCUS_FLAG_KEY);
      expect((await listHeld(db)).map((r) => r.hookId)).toEqual(['1']);
    } finally {
      read.mockRestore();
      quiet.mockRestore();
    }
  });

  test('a capture left by a page that went away is stored once: dropped if it reached the background before, kept if not', async () => {
    await startManualSession(db, now, { minutes: 50 });
    await handleCaptures([request('p1.1', { title: 'arrived before the page went' })], slackTab(), clock);
    const left = [request('p1.1', { title: 'arrived before the page went', left: true }), request('p1.2', { title: 'never arrived', left: true })];
    expect(await handleCaptures(left, slackTab(), clock)).toEqual({ held: [true, true] });
    const rows = await listHeld(db);
    expect(rows.map((r) => r.hookId).sort()).toEqual(['p1.1', 'p1.2']);
    expect(rows.some((r) => 'left' in r)).toBe(false);
    // Another app's page with the same id is another notification.
    const teams: Sender = { origin: 'https://teams.microsoft.com', url: 'https://teams.microsoft.com/', tab: { id: tabId } as Sender['tab'], frameId: 0 };
    expect(await handleCaptures([request('p1.1', { left: true })], teams, clock)).toEqual({ held: [true] });
    expect(await listHeld(db)).toHaveLength(3);
  });

  test('a left capture that had broken through is answered "show" (its page never heard so) and not stored again', async () => {
    await startManualSession(db, now, { minutes: 50 });
    const urgent = request('p1.1', { title: '#ops', body: '@here prod is down' });
    expect(await handleCaptures([urgent], slackTab(), clock)).toEqual({ held: [false] });
    expect(await handleCaptures([{ ...urgent, left: true }], slackTab(), clock)).toEqual({ held: [false] });
    expect(await db.held.count()).toBe(1);
  });

  test('left captures over the rate that were stored already are not counted again in the burst row', async () => {
    await startManualSession(db, now, { minutes: 50 });
    const first = Array.from({ length: 3 }, (_, i) => request(`p1.${i}`));
    await handleCaptures(first, slackTab(), clock);
    // A new tab has used its rate already: what its relay brings now goes to the burst row.
    tabId += 1;
    await handleCaptures(Array.from({ length: CAPTURE_RATE.capacity }, (_, i) => request(`p2.${i}`)), slackTab(), clock);
    const left = [...first, request('p1.3')].map((r) => ({ ...r, left: true }));
    expect(await handleCaptures(left, slackTab(), clock)).toEqual({ held: [true, true, true, true] });
    expect((await listHeld(db)).find((r) => r.burst !== undefined)?.burst).toBe(1);
  });

  test('a batch the page stopped waiting for while it was stored is undone and answered "show": the page shows it, no digest delivers it again', async () => {
    await startManualSession(db, now, { minutes: 50 });
    const t = now.getTime();
    await handleCaptures([request('p1.1')], slackTab(), clock);
    // Each write takes ten seconds, as behind a long transaction: the hook gives up after five.
    const add = db.held.add.bind(db.held);
    const slow = vi.spyOn(db.held, 'add').mockImplementation(((row: HeldNotification) => {
      now = new Date(now.getTime() + 10_000);
      return add(row);
    }) as never);
    try {
      const batch = [request(2, { storeBy: t + 5_000 }), request(3), request('p1.1', { left: true })];
      // The left one was stored before: still held. The others are shown by the page.
      expect(await handleCaptures(batch, slackTab(), clock)).toEqual({ held: [false, false, true] });
      expect(slow).toHaveBeenCalled();
    } finally {
      slow.mockRestore();
    }
    expect((await listHeld(db)).map((r) => r.hookId)).toEqual(['p1.1']);
    // In time, it is stored like any other, and storeBy is not kept.
    expect(await handleCaptures([request(4, { storeBy: now.getTime() + 5_000 })], slackTab(), clock)).toEqual({ held: [true] });
    expect((await listHeld(db)).some((r) => 'storeBy' in r)).toBe(false);
  });

  test('a page’s own icon is stored once, apart from the rows, and each row keeps only its key', async () => {
    await startManualSession(db, now, { minutes: 50 });
    const icon = 'data:image/png;base64,' + 'A'.repeat(8_000);
    await handleCaptures([request(1, { icon }), request(2, { icon }), request(3)], slackTab(), clock);
    const rows = await listHeld(db);
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => !('icon' in r))).toBe(true);
    const keys = rows.map((r) => r.iconKey).filter(Boolean);
    expect(keys).toHaveLength(2);
    expect(new Set(keys).size).toBe(1);
    expect(await db.icons.toArray()).toEqual([{ key: keys[0], data: icon }]);
  });

  test('malformed entries in a batch are not held (the page shows them); the rest are', async () => {
    await startManualSession(db, now, { minutes: 50 });
    const batch = ['hello', request(1), { ...request(2), id: undefined }, { ...request(3), source: 'worker' }];
    expect(await handleCaptures(batch, slackTab(), clock)).toEqual({ held: [false, true, false, false] });
    expect(await handleCaptures('not a batch', slackTab(), clock)).toEqual({ held: [] });
  });

  test('a notification with the tag of a held one replaces it, and the replacement is counted', async () => {
    await startManualSession(db, now, { minutes: 50 });
    await handleCaptures([request(1, { tag: 'C1', title: '1 new message' })], slackTab(), clock);
    now = new Date(now.getTime() + 60_000);
    await handleCaptures([request(2, { tag: 'C1', title: '2 new messages' }), request(3, { tag: 'C2' })], slackTab(), clock);
    const rows = await listHeld(db);
    expect(rows.map((r) => [r.title, r.tag, r.replaced, r.hookId]).sort()).toEqual([
      ['2 new messages', 'C1', 1, '2'],
      ['Ana 3', 'C2', undefined, '3'],
    ]);
  });

  test('a flood is held in full: the first come as rows, the rest counted in one burst row', async () => {
    await startManualSession(db, now, { minutes: 50 });
    const flood = Array.from({ length: 10_000 }, (_, i) => request(i));
    const answer = await handleCaptures(flood.slice(0, 5_000), slackTab(), clock);
    await handleCaptures(flood.slice(5_000), { ...slackTab(), tab: { id: tabId } as Sender['tab'] }, clock);
    expect(answer.held.every(Boolean)).toBe(true);
    const rows = await listHeld(db);
    const bursts = rows.filter((r) => r.burst !== undefined);
    expect(bursts).toHaveLength(1);
    expect(rows.length - 1 + bursts[0]!.burst!).toBe(10_000);
    expect(rows.length - 1).toBe(CAPTURE_RATE.capacity);
    expect(bursts[0]!.title).toBe('Ana 9999');
  });

  const mattermost = { id: 'mm', name: 'Team Mattermost', pattern: 'https://chat.example.com/*' };
  const mattermostTab = (): Sender => ({ origin: 'https://chat.example.com', url: 'https://chat.example.com/team/x', tab: { id: tabId } as Sender['tab'], frameId: 0 });
  test.each([
    { name: 'a preset the user turned off', sites: { disabledPresets: ['slack'], custom: [] }, sender: slackTab, held: false },
    { name: 'a self-hosted app the user added', sites: { disabledPresets: [], custom: [mattermost] }, sender: mattermostTab, held: true },
    // Its relay lingers in a tab left open after the app was removed: that page is not covered.
    { name: 'a self-hosted app the user removed', sites: { disabledPresets: [], custom: [] }, sender: mattermostTab, held: false },
  ])('$name: held $held', async ({ sites, sender, held }) => {
    await storeSettings((s) => void (s.sites = sites));
    await startManualSession(db, now, { minutes: 50 });
    expect(await handleCaptures([request(1)], sender(), clock)).toEqual({ held: [held] });
    expect((await listHeld(db)).map((r) => r.app)).toEqual(held ? ['Team Mattermost'] : []);
  });
});

describe('tiers and breakthrough', () => {
  const rows = async () => (await db.held.toArray()).sort((a, b) => a.id! - b.id!);

  test('every held row keeps its tier, why, rule, shape and due time in working time', async () => {
    await startManualSession(db, now, { minutes: 50 });
    await handleCaptures([request(1, { title: 'Dana in #design', body: 'mock-ups?' }), request(2, { title: 'Sam Lee', body: 'lunch?' })], slackTab(), clock);
    expect((await rows()).map((r) => [r.tierId, r.why, r.ruleId, r.sender, r.conversation, r.direct, r.status, r.pendingRelease])).toEqual([
      ['standard', 'Standard by default', undefined, 'Dana', '#design', false, 'held', 1],
      ['important', 'direct message', 'direct-messages', 'Sam Lee', undefined, true, 'held', 1],
    ]);
    const [standard, important] = await rows();
    // Monday 10:00: Standard is due at the close, Important (3 h) at 13:00.
    expect([standard!.dueAt, important!.dueAt]).toEqual([new Date('2026-11-23T17:00:00-05:00').getTime(), new Date('2026-11-23T13:00:00-05:00').getTime()]);
  });

  test('an urgent message breaks through at once and is recorded; an ordinary one is held', async () => {
    await startManualSession(db, now, { minutes: 50 });
    const answer = await handleCaptures([request(1, { title: '#ops', body: '@here prod is down' }), request(2, { title: '#random', body: 'cake' })], slackTab(), clock);
    expect(answer).toEqual({ held: [false, true] });
    expect((await rows()).map((r) => [r.status, r.tierId, r.why, r.pendingRelease])).toEqual([
      ['broke-through', 'urgent', 'keyword “@here”', undefined],
      ['held', 'standard', 'Standard by default', 1],
    ]);
    expect((await listHeld(db)).map((r) => r.body)).toEqual(['cake']);
  });

  test('past the breakthrough limit of the block, an app’s urgent messages are held and marked', async () => {
    await storeSettings((s) => void (s.digest.breakthroughCap = 2));
    await startManualSession(db, now, { minutes: 50 });
    const urgent = (n: number) => request(n, { title: '#ops', body: `outage ${n}` });
    expect(await handleCaptures([urgent(1), urgent(2), urgent(3)], slackTab(), clock)).toEqual({ held: [false, false, true] });
    expect(await handleCaptures([urgent(4)], slackTab(), clock)).toEqual({ held: [true] });
    // Another app has its own limit.
    const gmail: Sender = { origin: 'https://mail.google.com', url: 'https://mail.google.com/mail/u/0/', tab: { id: tabId + 100 } as Sender['tab'], frameId: 0 };
    expect(await handleCaptures([request(5, { title: 'Ops', body: 'outage' })], gmail, clock)).toEqual({ held: [false] });
    expect((await rows()).map((r) => [r.hookId, r.status, r.overLimit])).toEqual([
      ['1', 'broke-through', undefined],
      ['2', 'broke-through', undefined],
      ['3', 'held', true],
      ['4', 'held', true],
      ['5', 'broke-through', undefined],
    ]);
  });

  test('a new block starts a new limit', async () => {
    await storeSettings((s) => void (s.digest.breakthroughCap = 1));
    await startManualSession(db, now, { minutes: 10 });
    expect(await handleCaptures([request(1, { body: 'outage' })], slackTab(), clock)).toEqual({ held: [false] });
    expect(await handleCaptures([request(2, { body: 'outage' })], slackTab(), clock)).toEqual({ held: [true] });
    now = new Date(now.getTime() + 20 * 60_000);
    await db.sessions.toCollection().modify({ status: 'ended' });
    await startManualSession(db, now, { minutes: 10 });
    expect(await handleCaptures([request(3, { body: 'outage' })], slackTab(), clock)).toEqual({ held: [false] });
  });

  test('batching holds in working hours outside focus; outside working hours nothing is held', async () => {
    await storeSettings((s) => void (s.digest.batching = true));
    expect(await handleCaptures([request(1)], slackTab(), clock)).toEqual({ held: [true] });
    expect((await rows())[0]).toMatchObject({ sessionId: -1, periodKey: 'batch:2026-11-23', pendingRelease: 1 });
    now = new Date('2026-11-23T18:00:00-05:00');
    expect(await handleCaptures([request(2)], slackTab(), clock)).toEqual({ held: [false] });
  });
});

describe('getSenderOrigin', () => {
  test.each<[string, Sender, string | undefined]>([
    ['the frame origin the browser reports', { origin: 'https://mail.google.com', url: 'https://mail.google.com/mail/u/0/' }, 'https://mail.google.com'],
    ['an about:blank frame of a covered page', { origin: 'https://app.slack.com', url: 'about:blank' }, 'https://app.slack.com'],
    ['no origin field: the frame URL', { url: 'https://teams.microsoft.com/v2/' }, 'https://teams.microsoft.com'],
    ['an opaque origin with a non-web URL', { origin: 'null', url: 'about:srcdoc' }, undefined],
    ['nothing at all', {}, undefined],
  ])('%s', (_, sender, expected) => {
    expect(getSenderOrigin(sender)).toBe(expected);
  });
});
