// @vitest-environment node
// Node's own EventTarget, like a browser's and unlike happy-dom's, does not call `on<type>`
// properties by itself, so the hook's handler wiring is what is under test.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { installHoldHub } from '@/lib/capture/hold-hub';
import { ACK_TIMEOUT_MS, LEFT_KEY, RELAY_WAIT_MS, STORE_TIMEOUT_MS } from '@/lib/capture/hook-events';
import { installNotificationHook } from '@/lib/capture/notification-hook';

// A stand-in for the browser's native API: it records what was really shown.
let shown: EventTarget[];
let shownBySw: string[];

let permission: NotificationPermission;
const requestPermission = vi.fn(async () => 'granted' as NotificationPermission);

// Fresh classes for every test: the hook patches their prototypes, as it would the page's.
function makeNativeApi() {
  class FakeNotification extends EventTarget {
    // Like the native one: an accessor, so a later change is seen through the hooked class.
    static get permission() {
      return permission;
    }
    static requestPermission = requestPermission;
    static get maxActions() {
      return 2;
    }
    // Attributes are getters on the prototype, as natively (the hook gives a held object those
    // this browser has, and only those): Chromium's set.
    #title: string;
    #body: string;
    get title() {
      return this.#title;
    }
    get body() {
      return this.#body;
    }
    constructor(title: string, options: NotificationOptions = {}) {
      super();
      if (arguments.length === 0) throw new TypeError('1 argument required');
      this.#title = title;
      this.#body = options.body ?? '';
      // Native notifications call their on<type> handler properties.
      for (const type of ['click', 'close', 'show', 'error']) {
        this.addEventListener(type, (e) => (this as unknown as Record<string, ((e: Event) => void) | undefined>)[`on${type}`]?.(e));
      }
      shown.push(this);
    }
    close() {
      this.dispatchEvent(new Event('close'));
    }
  }
  class FakeRegistration {
    async showNotification(title: string, options?: unknown) {
      if (options != null && Object(options) !== options) throw new TypeError('not a dictionary');
      shownBySw.push(title);
    }
  }
  for (const key of ['tag', 'icon', 'image', 'badge', 'lang', 'dir', 'data', 'silent', 'requireInteraction', 'renotify', 'actions', 'vibrate', 'timestamp']) {
    Object.defineProperty(FakeNotification.prototype, key, { get: () => undefined, configurable: true });
  }
  return { FakeNotification, FakeRegistration };
}

let FakeNotification: ReturnType<typeof makeNativeApi>['FakeNotification'];

type HookedWindow = EventTarget & {
  Notification: typeof Notification;
  ServiceWorkerRegistration: ReturnType<typeof makeNativeApi>['FakeRegistration'];
};
let win: HookedWindow;
// The page origin's localStorage, as the browser has it: an accessor on the window, methods on
// Storage.prototype. `null`: a frame without storage (an opaque origin), where reading it throws.
let stored: Map<string, string> | null;
// Characters it may hold, as a browser's quota.
let quota = Infinity;
class FakeStorage {
  getItem(key: string) {
    return stored!.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (value.length > quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    stored!.set(key, String(value));
  }
}
// Every list left, by key.
const readLeft = () =>
  Object.fromEntries([...stored!].filter(([key]) => key.startsWith(LEFT_KEY)).map(([key, value]) => [key, JSON.parse(value) as Record<string, unknown>[]]));
let captures: Record<string, unknown>[];
let answer: 'held' | 'pass' | 'silent';

const toHook = (kind: string, detail: unknown) =>
  win.dispatchEvent(new CustomEvent(`headsdown:${kind}`, { detail: JSON.stringify(detail) }));
// The relay's flag, as entrypoints/bridge.content sends it: when it starts, when the flag changes,
// and again whenever the hold script says hello. `undefined`: no relay in the page yet.
let relayUntil: number | null | undefined;
const relaySays = (until: number | null) => ((relayUntil = until), toHook('flag', { until }));
// While holding, the background places the hold script (its hub), then the relay.
const placeHoldScript = () => installHoldHub(win as unknown as typeof globalThis);
const focusOn = () => (placeHoldScript(), relaySays(Date.now() + 60_000));
const NotificationCtor = () => win.Notification as unknown as new (title: string, options?: NotificationOptions) => Notification;

beforeEach(() => {
  vi.useFakeTimers();
  shown = [];
  shownBySw = [];
  captures = [];
  answer = 'held';
  permission = 'granted';
  const api = makeNativeApi();
  FakeNotification = api.FakeNotification;
  win = Object.assign(new EventTarget(), {
    Notification: api.FakeNotification,
    ServiceWorkerRegistration: api.FakeRegistration,
    Storage: FakeStorage,
  }) as unknown as HookedWindow;
  stored = new Map();
  quota = Infinity;
  const storage = new FakeStorage();
  Object.defineProperty(win, 'localStorage', {
    get() {
      if (!stored) throw new DOMException('The document is sandboxed', 'SecurityError');
      return storage;
    },
  });
  // The bridge's side of the conversation.
  relayUntil = undefined;
  // Like the real relay, it answers hello after reading the flag from storage: a task later.
  win.addEventListener('headsdown:hello', () => void setTimeout(() => relayUntil !== undefined && toHook('flag', { until: relayUntil })));
  win.addEventListener('headsdown:capture', (e) => {
    const request = JSON.parse((e as CustomEvent).detail);
    captures.push(request);
    if (answer !== 'silent') toHook('ack', { id: request.id, held: answer === 'held' });
  });
  installNotificationHook(win as unknown as typeof globalThis);
});
afterEach(() => vi.useRealTimers());

describe('outside focus', () => {
  test.each([
    ['before the bridge has said anything', () => {}],
    ['when focus is off', () => relaySays(null)],
    ['when the block is over in a page that held during it', () => (placeHoldScript(), relaySays(null))],
    ['when the focus end has passed', () => (placeHoldScript(), relaySays(Date.now() - 1))],
  ])('%s, the native notification is shown', (_, setup) => {
    setup();
    const n = new (NotificationCtor())('Hi', { body: 'there' });
    expect(n).toBeInstanceOf(FakeNotification);
    expect(shown).toEqual([n]);
    expect(captures).toEqual([]);
  });

  test('without permission, focus does not hold: the native API decides', () => {
    permission = 'denied';
    focusOn();
    new (NotificationCtor())('Hi');
    expect(shown).toHaveLength(1);
  });
});

describe('during focus', () => {
  beforeEach(focusOn);

  test('a held notification is not shown and behaves like a Notification', () => {
    const n = new (NotificationCtor())('@you', { body: 'review?', tag: 't1', data: { channel: 'C1' } });
    expect(shown).toEqual([]);
    expect(captures).toEqual([expect.objectContaining({ source: 'new', title: '@you', body: 'review?', tag: 't1' })]);
    expect(n).toBeInstanceOf(win.Notification);
    expect(n).toBeInstanceOf(EventTarget);
    expect([n.title, n.body, n.tag, n.data, n.dir, n.requireInteraction]).toEqual(['@you', 'review?', 't1', { channel: 'C1' }, 'auto', false]);
    expect(Object.keys(n)).toEqual([]);
  });

  test('a held object has the attributes this browser has, and only those (Firefox has no renotify, image, badge, vibrate, timestamp)', () => {
    for (const key of ['renotify', 'image', 'badge', 'vibrate', 'timestamp']) delete (FakeNotification.prototype as unknown as Record<string, unknown>)[key];
    // Chromium's checks are not Firefox's: there, these are made and held, not refused.
    const n = new (NotificationCtor())('@you', { actions: [{ action: 'a', title: 'A' }], silent: true, vibrate: [1] } as NotificationOptions) as unknown as Record<string, unknown>;
    expect(captures).toHaveLength(1);
    expect(['renotify', 'image', 'badge', 'vibrate', 'timestamp'].map((k) => k in n)).toEqual([false, false, false, false, false]);
    expect([n.title, n.tag, n.silent, n.actions]).toEqual(['@you', '', true, [{ action: 'a', title: 'A' }]]);
  });

  test('Chromium refuses what it refuses, before anything is captured', () => {
    const make = (o: object) => () => new (NotificationCtor())('@you', o as NotificationOptions);
    for (const bad of [{ dir: 'sideways' }, { renotify: true }, { actions: [{ action: 'a', title: 'A' }] }, { silent: true, vibrate: [1] }]) expect(make(bad)).toThrow(TypeError);
    expect(captures).toEqual([]);
  });

  test('options that are no object throw a TypeError, as natively, and nothing is captured; null means none', () => {
    const make = (o: unknown) => () => new (NotificationCtor())('@you', o as NotificationOptions);
    for (const bad of [5, 'b', false, 0, '']) expect(make(bad), String(bad)).toThrow(TypeError);
    expect(captures).toEqual([]);
    expect(make(null)()).toBeInstanceOf(NotificationCtor());
    expect(make(Object.assign(() => 1, { body: 'from a function' }))().body).toBe('from a function');
    expect(captures).toHaveLength(2);
  });

  test('the digest can fire the page’s own click handlers on the held object', () => {
    const n = new (NotificationCtor())('@you');
    const clicks: string[] = [];
    n.onclick = (e) => clicks.push(`onclick:${(e.target as Notification).title}`);
    n.addEventListener('click', () => clicks.push('listener'));
    toHook('click', { id: captures[0]!.id });
    expect(clicks).toEqual(['onclick:@you', 'listener']);
  });

  test('held, it fires show as a native one does, after the page set its handlers; close() then fires close', () => {
    const n = new (NotificationCtor())('@you');
    const events: string[] = [];
    n.onshow = () => {
      events.push('show');
      n.close();
    };
    n.onclose = () => events.push('close');
    expect(events).toEqual([]);
    vi.runAllTimers();
    expect(events).toEqual(['show', 'close']);
    expect(shown).toEqual([]);
  });

  test('closed before the relay answers, it never says show', () => {
    answer = 'silent';
    const n = new (NotificationCtor())('@you');
    const onShow = vi.fn();
    n.onshow = onShow;
    n.close();
    toHook('ack', { id: captures[0]!.id, held: true });
    vi.runAllTimers();
    expect(onShow).not.toHaveBeenCalled();
  });

  test('close() fires close once', () => {
    const n = new (NotificationCtor())('@you');
    const onClose = vi.fn();
    n.onclose = onClose;
    n.close();
    n.close();
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  test('with no answer in time it fails open: shown natively, events reach the page’s object', () => {
    answer = 'silent';
    const n = new (NotificationCtor())('@you', { body: 'b' });
    const events: string[] = [];
    n.addEventListener('show', () => events.push('show'));
    n.onclick = () => events.push('click');
    vi.advanceTimersByTime(ACK_TIMEOUT_MS - 1);
    expect(shown).toEqual([]);
    vi.advanceTimersByTime(1);
    expect((shown as Notification[]).map((s) => [s.title, s.body])).toEqual([['@you', 'b']]);
    shown[0]!.dispatchEvent(new Event('show'));
    shown[0]!.dispatchEvent(new Event('click'));
    expect(events).toEqual(['show', 'click']);
  });

  test('received by a live relay, it waits for the background (a flood takes a while) and is held', () => {
    answer = 'silent';
    new (NotificationCtor())('@you');
    toHook('received', { id: captures[0]!.id });
    vi.advanceTimersByTime(STORE_TIMEOUT_MS - 1);
    expect(shown).toEqual([]);
    toHook('ack', { id: captures[0]!.id, held: true });
    vi.runAllTimers();
    expect(shown).toEqual([]);
  });

  test('received, but no answer from the background in time: shown natively', () => {
    answer = 'silent';
    new (NotificationCtor())('@you');
    toHook('received', { id: captures[0]!.id });
    vi.advanceTimersByTime(ACK_TIMEOUT_MS + STORE_TIMEOUT_MS - 1);
    expect(shown).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(shown).toHaveLength(1);
  });

  test('a late "held" answer after failing open changes nothing', () => {
    answer = 'silent';
    new (NotificationCtor())('@you');
    vi.advanceTimersByTime(ACK_TIMEOUT_MS);
    toHook('ack', { id: captures[0]!.id, held: true });
    expect(shown).toHaveLength(1);
  });

  test('an answer of "not held" shows it natively at once', () => {
    answer = 'pass';
    new (NotificationCtor())('@you');
    expect(shown).toHaveLength(1);
  });

  test('showNotification resolves as usual and shows nothing when held', async () => {
    const registration = new win.ServiceWorkerRegistration();
    await expect(registration.showNotification('New mail')).resolves.toBeUndefined();
    expect(shownBySw).toEqual([]);
    expect(captures).toEqual([expect.objectContaining({ source: 'show', title: 'New mail' })]);
  });

  test('showNotification with options that are no object rejects as natively, and nothing is captured', async () => {
    const registration = new win.ServiceWorkerRegistration();
    await expect(registration.showNotification('New mail', 5 as unknown as NotificationOptions)).rejects.toThrow(TypeError);
    expect(captures).toEqual([]);
  });

  test('showNotification with what JSON cannot carry (a BigInt, a cycle) is shown natively at once, not left waiting', async () => {
    const registration = new win.ServiceWorkerRegistration();
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    await registration.showNotification('BigInt body', { body: 10n } as unknown as NotificationOptions);
    await registration.showNotification('cyclic tag', { tag: cycle } as unknown as NotificationOptions);
    expect(shownBySw).toEqual(['BigInt body', 'cyclic tag']);
    expect(captures).toEqual([]);
  });

  test('showNotification fails open too', async () => {
    answer = 'silent';
    const pending = new win.ServiceWorkerRegistration().showNotification('New mail');
    vi.advanceTimersByTime(ACK_TIMEOUT_MS);
    await pending;
    expect(shownBySw).toEqual(['New mail']);
  });

  test('forged or malformed answers from the page are ignored', () => {
    answer = 'silent';
    win.dispatchEvent(new CustomEvent('headsdown:ack', { detail: '{not json' }));
    toHook('ack', { id: '__proto__', held: true });
    toHook('click', { id: 'nope' });
    new (NotificationCtor())('@you');
    vi.advanceTimersByTime(ACK_TIMEOUT_MS);
    expect(shown).toHaveLength(1);
  });
});

describe('the replaced constructor stays faithful', () => {
  test('it looks like the native one: prototype chain, own statics, and source text that reads as native code', () => {
    expect(Object.getPrototypeOf(win.Notification)).toBe(EventTarget);
    expect(Function.prototype.toString.call(win.Notification)).toContain('[native code]');
    expect(Object.getOwnPropertyNames(win.Notification).sort()).toEqual(Object.getOwnPropertyNames(FakeNotification).sort());
    expect(win.Notification.prototype.constructor).toBe(win.Notification);
  });

  test('a page that adds has to Object.prototype does not change how Notification answers (the proxy\'s handler has no prototype)', () => {
    // (`get` or `apply` there would break the test runner itself; `has` stands for them all.)
    const pollution = { has: () => false };
    for (const [key, value] of Object.entries(pollution)) Object.defineProperty(Object.prototype, key, { value, configurable: true, writable: true });
    try {
      const inNotification = 'permission' in win.Notification;
      expect(inNotification).toBe(true);
      focusOn();
      expect(new (NotificationCtor())('@you')).toBeInstanceOf(win.Notification);
      expect(captures).toHaveLength(1);
    } finally {
      for (const key of Object.keys(pollution)) delete (Object.prototype as Record<string, unknown>)[key];
    }
  });

  test('a page that spoofs Notification.permission does not decide what is held: the browser\'s own permission does', () => {
    focusOn();
    Object.defineProperty(win.Notification, 'permission', { get: () => 'denied', configurable: true });
    new (NotificationCtor())('@you');
    expect(shown).toEqual([]);
    expect(captures).toHaveLength(1);
  });

  test('a page subclass is held during focus, as an instance of the subclass', () => {
    focusOn();
    class AppNotification extends win.Notification {}
    const n = new AppNotification('@you', { body: 'sub' });
    expect(shown).toEqual([]);
    expect(captures).toEqual([expect.objectContaining({ title: '@you', body: 'sub' })]);
    expect(n).toBeInstanceOf(AppNotification);
    expect(n).toBeInstanceOf(win.Notification);
    expect(n.body).toBe('sub');
  });

  test('calling it without new throws the native TypeError', () => {
    expect(() => (win.Notification as unknown as () => void)()).toThrow(TypeError);
  });

  test('statics read through to the native class', async () => {
    expect(win.Notification.permission).toBe('granted');
    permission = 'denied';
    expect(win.Notification.permission).toBe('denied');
    expect((win.Notification as unknown as { maxActions: number }).maxActions).toBe(2);
    await win.Notification.requestPermission();
    expect(requestPermission).toHaveBeenCalled();
    expect(win.Notification.prototype).toBe(FakeNotification.prototype);
    expect(win.Notification.name).toBe('FakeNotification');
  });
});

test('injected into a page whose relay is already there: its flag, sent before the hub was, is asked again at the first notification, which waits for it and is held', () => {
  relaySays(Date.now() + 60_000); // nobody listens yet
  placeHoldScript();
  const n = new (NotificationCtor())('@you', { body: 'at once' });
  expect(shown).toEqual([]);
  expect(captures).toEqual([]); // the relay reads the flag first
  vi.advanceTimersByTime(0);
  expect(captures).toEqual([expect.objectContaining({ title: '@you', body: 'at once' })]);
  vi.advanceTimersByTime(RELAY_WAIT_MS);
  expect(shown).toEqual([]);
  expect(n.title).toBe('@you');
});

test('a relay heard when the page started that no longer answers (its extension reloaded): the first notification is shown after ACK_TIMEOUT_MS, not RELAY_WAIT_MS', () => {
  focusOn();
  relayUntil = undefined; // an orphan answers nothing, hello included
  answer = 'silent';
  new (NotificationCtor())('@you');
  expect(shown).toEqual([]);
  vi.advanceTimersByTime(ACK_TIMEOUT_MS);
  expect(shown).toHaveLength(1);
});

test('the flag heard before the first notification decides it (the block ended before the page notified): shown natively', () => {
  focusOn();
  relaySays(null);
  new (NotificationCtor())('@you');
  expect(shown).toHaveLength(1);
  expect(captures).toEqual([]);
});

describe('before the relay has arrived (a page that loads during focus)', () => {
  beforeEach(placeHoldScript);

  test('the hold script makes it hold at once; the capture waits for the relay and is held when it comes', () => {
    const n = new (NotificationCtor())('@you', { body: 'early' });
    expect(shown).toEqual([]);
    expect(captures).toEqual([]); // nobody to hear it yet
    vi.advanceTimersByTime(RELAY_WAIT_MS - 1);
    focusOn(); // the relay arrives and says "holding"
    expect(captures).toEqual([expect.objectContaining({ title: '@you', body: 'early' })]);
    vi.advanceTimersByTime(RELAY_WAIT_MS);
    expect(shown).toEqual([]);
    expect(n.title).toBe('@you');
  });

  test.each([
    ['the relay never comes', () => vi.advanceTimersByTime(RELAY_WAIT_MS)],
    ['the page goes away first, in a frame with no storage', () => ((stored = null), win.dispatchEvent(new Event('pagehide')))],
    ['the relay says the block is over', () => ((answer = 'pass'), relaySays(null))],
    ['the relay comes but its answer does not', () => ((answer = 'silent'), focusOn(), vi.advanceTimersByTime(ACK_TIMEOUT_MS))],
  ])('%s: shown natively, once', (_, then) => {
    new (NotificationCtor())('@you');
    expect(shown).toEqual([]);
    then();
    expect(shown).toHaveLength(1);
    vi.advanceTimersByTime(RELAY_WAIT_MS);
    win.dispatchEvent(new Event('pagehide'));
    expect(shown).toHaveLength(1);
  });

  test('the relay comes just before the wait runs out: the capture is answered by the relay, not shown by the wait as well', () => {
    answer = 'silent'; // stored, its answer on its way
    new (NotificationCtor())('@you');
    vi.advanceTimersByTime(RELAY_WAIT_MS - 1);
    focusOn();
    expect(captures).toHaveLength(1);
    toHook('received', { id: captures[0]!.id });
    vi.advanceTimersByTime(1);
    expect(shown).toEqual([]);
    toHook('ack', { id: captures[0]!.id, held: true });
    vi.advanceTimersByTime(STORE_TIMEOUT_MS + ACK_TIMEOUT_MS);
    expect(shown).toEqual([]);
  });

  test('leaving before the relay came: what the page kept is left in its storage for the next relay, not shown (Chromium would drop it)', () => {
    new (NotificationCtor())('@you', { body: 'one' });
    new (NotificationCtor())('@team');
    win.dispatchEvent(new Event('pagehide'));
    expect(Object.values(readLeft())).toEqual([[expect.objectContaining({ source: 'new', title: '@you', body: 'one' }), expect.objectContaining({ source: 'new', title: '@team' })]]);
    // Left, so not shown later either, nor sent if a relay came after all.
    vi.advanceTimersByTime(RELAY_WAIT_MS);
    focusOn();
    expect(shown).toEqual([]);
    expect(captures).toEqual([]);
  });

  test('leaving with the answer still on its way: left too (the background drops it if it stored it)', () => {
    answer = 'silent';
    new (NotificationCtor())('@you');
    focusOn();
    toHook('received', { id: captures[0]!.id });
    win.dispatchEvent(new Event('pagehide'));
    expect(Object.values(readLeft())).toEqual([[captures[0]]]);
    vi.advanceTimersByTime(ACK_TIMEOUT_MS + STORE_TIMEOUT_MS);
    expect(shown).toEqual([]);
  });

  test('each leaving writes a key of its own: a page restored from the back/forward cache that leaves again, or another page’s list, is not written over', () => {
    stored!.set(LEFT_KEY + 'other-page.1', JSON.stringify([{ id: 'other-page.1', title: 'another page’s' }]));
    new (NotificationCtor())('first');
    win.dispatchEvent(new Event('pagehide'));
    new (NotificationCtor())('second');
    win.dispatchEvent(new Event('pagehide'));
    const titles = Object.values(readLeft()).map((list) => list.map((c) => c.title));
    expect(titles.sort()).toEqual([['another page’s'], ['first'], ['second']]);
  });

  test('with too little room left in the storage, the captures are left without their icons', () => {
    quota = 300;
    void new win.ServiceWorkerRegistration().showNotification('@you', { icon: 'data:image/png;base64,' + 'A'.repeat(400) });
    win.dispatchEvent(new Event('pagehide'));
    expect(Object.values(readLeft())).toEqual([[expect.objectContaining({ title: '@you' })]]);
    expect(Object.values(readLeft())[0]![0]).not.toHaveProperty('icon');
    expect(shown).toEqual([]);
  });

  test('leaving with nothing kept leaves nothing', () => {
    focusOn();
    new (NotificationCtor())('@you');
    win.dispatchEvent(new Event('pagehide'));
    expect(readLeft()).toEqual({});
  });

  test('each page load has ids of its own, so the background can tell its captures from another page’s', () => {
    new (NotificationCtor())('@you');
    focusOn();
    const other = Object.assign(new EventTarget(), { Storage: FakeStorage }) as unknown as typeof globalThis;
    installHoldHub(other);
    const otherId = (other as unknown as Record<symbol, { capture: (...a: unknown[]) => string }>)[Symbol.for('headsdown.hub')]!.capture('new', { title: 'x' }, () => {});
    expect(otherId).not.toBe(captures[0]!.id);
  });

  test('placed again (injected into a page that had it): the first stays, with the relay it has heard', () => {
    focusOn();
    placeHoldScript(); // a second copy would not have heard the relay, and would wait for it in vain
    new (NotificationCtor())('@you');
    expect(captures).toHaveLength(1);
    vi.advanceTimersByTime(RELAY_WAIT_MS);
    expect(shown).toEqual([]);
  });

  test('once the relay has spoken, its flag decides', () => {
    relaySays(null);
    new (NotificationCtor())('@you');
    expect(shown).toHaveLength(1);
  });
});

describe('a same-origin frame', () => {
  function makeFrame(parent: unknown) {
    const api = makeNativeApi();
    const frame = Object.assign(new EventTarget(), { Notification: api.FakeNotification, parent }) as unknown as HookedWindow;
    installNotificationHook(frame as unknown as typeof globalThis);
    return { frame, FrameNotification: api.FakeNotification };
  }

  test('created and notifying at once, before its own relay exists: held through its parent', () => {
    focusOn();
    const { frame, FrameNotification } = makeFrame(win);
    const n = new (frame.Notification as unknown as new (t: string) => Notification)('from a frame');
    expect(shown).toEqual([]);
    expect(n).toBeInstanceOf(FrameNotification);
    expect(captures).toEqual([expect.objectContaining({ title: 'from a frame' })]);
    // The digest's click reaches it through the parent's relay.
    const clicks: string[] = [];
    n.onclick = () => clicks.push('click');
    toHook('click', { id: captures[0]!.id });
    expect(clicks).toEqual(['click']);
  });

  test('a frame whose parent is another origin keeps its own path', () => {
    focusOn();
    const crossOrigin = new Proxy({}, { get: () => { throw new DOMException('Blocked a frame', 'SecurityError'); } });
    const { frame } = makeFrame(crossOrigin);
    new (frame.Notification as unknown as new (t: string) => Notification)('elsewhere');
    expect(shown).toHaveLength(1); // its own relay has not said "holding": shown, as before
    expect(captures).toEqual([]);
  });
});
