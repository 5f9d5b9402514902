import type { CaptureSource } from './held-notification';
import { ACK_TIMEOUT_MS, HOOK_EVENT_PREFIX, type HookEventKind } from './hook-events';

type Detail = Record<string, unknown> & { id: string };
type AnyFn = (...args: unknown[]) => unknown;

/**
 * Replaces `window.Notification` and `ServiceWorkerRegistration.prototype.showNotification` in the
 * page's own world. Outside focus every call goes to the real API untouched. During focus the page
 * gets an object that behaves like a Notification while the bridge stores it; if no "held" answer
 * comes within ACK_TIMEOUT_MS (extension reloaded, worker slow), the real notification is shown:
 * losing a notification is worse than showing one during focus.
 *
 * This runs in every covered frame before the page's scripts, so it is written to stay under 2 kB
 * minified (see `npm run bench`): terse on purpose, and it keeps its own references to the globals
 * it needs because the page may replace them later.
 */
export function installNotificationHook(win: typeof globalThis): void {
  const Native = win.Notification;
  if (!Native) return;
  const O = Object;
  const def = (o: object, key: PropertyKey, d: PropertyDescriptor) => O.defineProperty(o, key, { configurable: true, ...d });
  const { parse, stringify } = JSON;
  const { addEventListener: on, dispatchEvent: fire } = EventTarget.prototype;
  const now = Date.now;
  const setTimer = setTimeout;
  const types = ['click', 'close', 'show', 'error'];
  // Plain objects: a forged id such as "__proto__" finds nothing callable and is ignored.
  const pending: Record<string, (held: boolean) => void> = {};
  const heldObjects: Record<string, EventTarget> = {};
  let until = 0;
  // Ids count up from the load time, so they stay unique across reloads of the page and a click
  // from the digest never reaches the wrong object.
  let seq = now();

  const send = (kind: HookEventKind, detail?: object) =>
    fire.call(win, new CustomEvent(HOOK_EVENT_PREFIX + kind, { detail: stringify(detail) }));
  const listen = (kind: HookEventKind, fn: (d: Detail, e: Event) => unknown) =>
    on.call(win, HOOK_EVENT_PREFIX + kind, (e) => {
      try {
        fn(parse((e as CustomEvent).detail), e);
      } catch {
        // Forged or malformed: ignore.
      }
    });
  listen('flag', (d) => (until = +(d.until as number) || 0));
  listen('ack', (d) => pending[d.id]?.(!!d.held));
  // The page's own click handlers run on the held object. Cancelling the bridge's event tells it
  // the object was found; an unknown id throws first, and the bridge opens the app instead.
  listen('click', (d, e) => {
    heldObjects[d.id]!.dispatchEvent(new Event('click'));
    e.preventDefault();
  });

  const isHolding = () => now() < until && Native.permission == 'granted';

  /** Asks the bridge to hold; `done(true)` only once the background has stored it. */
  // `n` carries the title and options; the background turns every field into text and caps it.
  const capture = (source: CaptureSource, n: Record<string, unknown>, done: (held: boolean) => void) => {
    const id = '' + ++seq;
    // Whichever comes first, the answer or the timeout, decides; the other is then a no-op.
    const finish = (pending[id] = (held) => {
      if (!pending[id]) return;
      delete pending[id];
      done(held);
    });
    setTimer(() => finish(false), ACK_TIMEOUT_MS);
    send('capture', { id, source, title: n.title, body: n.body, tag: n.tag, icon: n.icon });
    return id;
  };

  function Notification(title: string) {
    // eslint-disable-next-line prefer-rest-params
    const args = arguments as unknown as [string, NotificationOptions?];
    // Without `new` or a title, the native constructor throws its own TypeError.
    if (!new.target) return (Native as unknown as AnyFn)();
    if (!args.length || !isHolding()) return Reflect.construct(Native, args, new.target);
    const o = args[1] || {};
    // A genuine EventTarget whose prototype is Notification.prototype: instanceof,
    // addEventListener and event.target all work natively; Notification's getters are shadowed.
    const held = Reflect.construct(EventTarget, [], new.target) as Notification;
    let real: Notification | undefined;
    let closed = false;
    const fields = {
      title: '' + title, body: '', tag: '', icon: '', image: '', badge: '', lang: '', dir: 'auto', data: null,
      silent: null, requireInteraction: false, renotify: false, actions: [], vibrate: [], timestamp: now(),
    } as Record<string, unknown>;
    for (const key in fields) {
      const given = (o as Record<string, unknown>)[key];
      if (key != 'title' && given != null) fields[key] = typeof fields[key] == 'string' ? '' + given : given;
      // Own, non-enumerable values: Object.keys() stays empty, as on a native notification.
      def(held, key, { value: fields[key] });
    }
    for (const type of types) {
      let handler: AnyFn | null = null;
      def(held, 'on' + type, { get: () => handler, set: (f) => (handler = typeof f == 'function' ? f : null) });
      on.call(held, type, (e) => handler?.call(held, e));
    }
    def(held, 'close', {
      value() {
        // It stays reachable for the digest's click-through: the conversation is still there.
        if (real) real.close();
        else if (!closed) {
          closed = true;
          fire.call(held, new Event('close'));
        }
      },
    });
    const hookId = capture('new', fields, (isHeld) => {
      if (isHeld || closed) return;
      real = new Native(title, o);
      // The real one is private to us, so its handler properties are free to forward events.
      for (const type of types) (real as unknown as Record<string, () => void>)['on' + type] = () => fire.call(held, new Event(type));
    });
    heldObjects[hookId] = held;
    return held;
  }

  O.setPrototypeOf(Notification, EventTarget);
  // The native statics themselves (permission, maxActions, requestPermission), plus prototype,
  // name and length: static attributes do not depend on their receiver.
  O.defineProperties(Notification, O.getOwnPropertyDescriptors(Native));
  def(Native.prototype, 'constructor', { value: Notification, writable: true });
  def(win, 'Notification', { value: Notification, writable: true });

  const Registration = win.ServiceWorkerRegistration;
  const show = Registration?.prototype.showNotification as AnyFn | undefined;
  if (show) {
    const method = {
      showNotification(this: ServiceWorkerRegistration, title: string, ...rest: [NotificationOptions?]) {
        // eslint-disable-next-line prefer-rest-params
        const args = arguments as unknown as unknown[];
        return !isHolding() || !args.length
          ? show.apply(this, args)
          : new Promise((resolve) =>
              capture('show', { ...rest[0], title }, (held) => resolve(held ? undefined : show.call(this, title, rest[0]))),
            );
      },
    };
    def(Registration.prototype, 'showNotification', { value: method.showNotification, writable: true });
  }

  send('hello');
}
