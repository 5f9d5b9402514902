// Run in a chat page (Chromium's and Firefox's e2e suites): what a page sees of its notifications,
// to compare natively (outside focus) with held (in focus).

// What a page sees of `new Notification(...)` for a table of calls: the error it throws, or every
// attribute of what it gets. Run natively (outside focus) and while held (in focus), the two must
// be the same: a page cannot tell that Heads Down holds its notifications.
export function observeConstructions() {
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
    ['null options', () => new N('t', null as unknown as NotificationOptions)],
    ['a number as options', () => new N('t', 5 as unknown as NotificationOptions)],
    ['a string as options', () => new N('t', 'b' as unknown as NotificationOptions)],
    ['false as options', () => new N('t', false as unknown as NotificationOptions)],
    ['a function as options', () => new N('t', Object.assign(() => 1, { body: 'b' }) as unknown as NotificationOptions)],
    ['a symbol as title', () => new N(Symbol('t') as unknown as string)],
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
export function observeShowThenClose(): Promise<string[]> {
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

/** What `registration.showNotification` with options that are no object does: it rejects, natively. */
export async function observeShowWithBadOptions(): Promise<string> {
  const registration = await (window as unknown as { registration: Promise<ServiceWorkerRegistration> }).registration;
  try {
    await registration.showNotification('options that are no object', 5 as unknown as NotificationOptions);
    return 'resolved';
  } catch (error) {
    return (error as Error).name;
  }
}
