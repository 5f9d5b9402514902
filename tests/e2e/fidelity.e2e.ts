import { describe, expect, test } from 'vitest';
import { readHookAnswers, untilHookHolds, watchHook } from './support/chat-page';
import { openChatPage, startFocus } from './support/extension-state';
import { withExtension } from './support/with-extension';

const t = withExtension();

// What a page sees of `new Notification(...)` for a table of calls: the error it throws, or every
// attribute of what it gets. Run natively (outside focus) and while held (in focus), the two must
// be the same: a page cannot tell that Heads Down holds its notifications.
function observeConstructions() {
  const N = window.Notification;
  const cases: [string, () => Notification][] = [
    ['title only', () => new N('t')],
    ['a number as title', () => new N(42 as unknown as string)],
    ['every text option', () => new N('t', { body: 'b', tag: 'x', lang: 'de-DE', dir: 'rtl', requireInteraction: true, silent: true })],
    ['lang as a number', () => new N('t', { lang: 123 as unknown as string })],
    ['data is a copy', () => new N('t', { data: { a: [1, { b: 2 }] } })],
    ['relative and absolute image URLs', () => new N('t', { icon: 'a.png', image: '/i.png', badge: 'https://x.test/b.png' } as NotificationOptions)],
    ['an icon that is no URL', () => new N('t', { icon: 'http://[' })],
    ['a timestamp', () => new N('t', { timestamp: 1_000 } as NotificationOptions)],
    ['vibrate as one number', () => new N('t', { vibrate: 200 } as NotificationOptions)],
    ['no title', () => new (N as unknown as new () => Notification)()],
    ['without new', () => (N as unknown as () => Notification)()],
    ['an unknown dir', () => new N('t', { dir: 'sideways' as NotificationDirection })],
    ['renotify without a tag', () => new N('t', { renotify: true } as NotificationOptions)],
    ['actions on a page notification', () => new N('t', { actions: [{ action: 'a', title: 'A' }] } as NotificationOptions)],
    ['silent and vibrate', () => new N('t', { silent: true, vibrate: [100] } as NotificationOptions)],
    ['data that cannot be copied', () => new N('t', { data: () => 1 })],
  ];
  const keys = ['title', 'body', 'tag', 'icon', 'image', 'badge', 'lang', 'dir', 'data', 'silent', 'requireInteraction', 'renotify', 'actions', 'vibrate'] as const;
  return cases.map(([name, make]) => {
    try {
      const n = make();
      const seen = Object.fromEntries(keys.map((k) => [k, JSON.stringify((n as unknown as Record<string, unknown>)[k]) ?? 'undefined']));
      const timestamp = (n as unknown as { timestamp: number }).timestamp;
      const out = { name, ...seen, instance: n instanceof N, ownKeys: Object.keys(n).length, timestamp: name === 'a timestamp' ? timestamp : Math.abs(timestamp - Date.now()) < 60_000 };
      n.close();
      return out;
    } catch (error) {
      return { name, threw: (error as Error).name };
    }
  });
}

/** The events of one notification whose page closes it once it is shown. */
function observeShowThenClose(): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const events: string[] = [];
    const n = new Notification('shown, then closed by the page');
    n.onshow = () => {
      events.push('show');
      n.close();
    };
    n.onclose = () => {
      events.push('close');
      resolve(events);
    };
    n.onerror = () => events.push('error');
    setTimeout(() => reject(new Error(`no close after ${JSON.stringify(events)}`)), 10_000);
  });
}

describe('a held notification is what a native one is, to the page', () => {
  test('the same errors and the same attributes for every way of making one', async () => {
    const chat = await openChatPage(t.ext, t.server.origin);
    const native = await chat.evaluate(observeConstructions);
    await watchHook(chat);
    await startFocus(t.ext);
    await untilHookHolds(chat);
    const held = await chat.evaluate(observeConstructions);
    // Proof they were held, not shown: every capture was answered "held".
    await expect.poll(() => readHookAnswers(chat)).toHaveLength(native.filter((c) => !('threw' in c)).length);
    expect((await readHookAnswers(chat)).every(Boolean)).toBe(true);
    for (const [i, c] of native.entries()) expect(held[i], c.name).toEqual(c);
  });

  test('onshow, then close(), then onclose, as natively', async () => {
    const chat = await openChatPage(t.ext, t.server.origin);
    const native = await chat.evaluate(observeShowThenClose);
    expect(native).toEqual(['show', 'close']);
    await watchHook(chat);
    await startFocus(t.ext);
    await untilHookHolds(chat);
    expect(await chat.evaluate(observeShowThenClose)).toEqual(native);
    expect(await readHookAnswers(chat)).toEqual([true]);
  });
});
