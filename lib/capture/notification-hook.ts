import { ACK_TIMEOUT_MS, HOOK_EVENT_PREFIX, type HookEventKind } from './hook-events';

type Detail = Record<string, unknown> & { hookId: string };
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
  if (typeof Native != 'function') return;
  const O = Object;
  const def = (o: object, key: PropertyKey, d: PropertyDescriptor) => O.defineProperty(o, key, { configurable: true, ...d });
  const { parse, stringify } = JSON;
  const { addEventListener: on, dispatchEvent: fire } = EventTarget.prototype;
  const now = Date.now;
  const setTimer = setTimeout;
  const clearTimer = clearTimeout;
  const types = ['click', 'close', 'show', 'error'];
  // Unique across reloads of the page, so a click from the digest never reaches the wrong object.
  const prefix = now().toString(36);
  const pending: Record<string, (held: boolean) => void> = O.create(null);
  const heldObjects: Record<string, EventTarget> = O.create(null);
  let until = 0;
  let seq = 0;

  const send = (kind: HookEventKind, detail?: object) =>
    fire.call(win, new CustomEvent(HOOK_EVENT_PREFIX + kind, { detail: stringify(detail) }));
  const listen = (kind: HookEventKind, fn: (d: Detail) => unknown) =>
    on.call(win, HOOK_EVENT_PREFIX + kind, (e) => {
      try {
        fn(parse((e as CustomEvent).detail));
      } catch {
        // Forged or malformed: ignore.
      }
    });
  listen('flag', (d) => (until = +(d.until as number) || 0));
  listen('ack', (d) => pending[d.hookId]?.(d.held === true));
  listen('click', (d) => heldObjects[d.hookId]?.dispatchEvent(new Event('click', { cancelable: true })));

  const isHolding = () => now() < until && Native.permission == 'granted';

  /** Asks the bridge to hold; `done(true)` only once the background has stored it. */
  const capture = (source: string, title: unknown, o: NotificationOptions, done: (held: boolean) => void) => {
    const hookId = prefix + ++seq;
    const timer = setTimer(() => finish(false), ACK_TIMEOUT_MS);
    const finish = (pending[hookId] = (held) => {
      if (!pending[hookId]) return;
      delete pending[hookId];
      clearTimer(timer);
      done(held);
    });
    send('capture', { hookId, source, title: '' + title, body: '' + (o.body ?? ''), tag: '' + (o.tag ?? ''), icon: o.icon });
    return hookId;
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
      writable: true,
      value() {
        if (real) real.close();
        else if (!closed) {
          closed = true;
          delete heldObjects[hookId];
          fire.call(held, new Event('close'));
        }
      },
    });
    const hookId = capture('notification', title, o, (isHeld) => {
      if (isHeld || closed) return;
      delete heldObjects[hookId];
      real = new Native(title, o);
      for (const type of types) real.addEventListener(type, () => fire.call(held, new Event(type)));
    });
    heldObjects[hookId] = held;
    return held;
  }

  O.setPrototypeOf(Notification, O.getPrototypeOf(Native));
  // Statics (permission, maxActions, requestPermission) read through to the native class.
  for (const key of O.getOwnPropertyNames(Native)) {
    const d = O.getOwnPropertyDescriptor(Native, key)!;
    if (d.get) d.get = d.get.bind(Native);
    if (typeof d.value == 'function') d.value = d.value.bind(Native);
    O.defineProperty(Notification, key, d);
  }
  def(Native.prototype, 'constructor', { value: Notification, writable: true });
  def(win, 'Notification', { value: Notification, writable: true });

  const Registration = win.ServiceWorkerRegistration;
  const show = Registration?.prototype.showNotification as AnyFn | undefined;
  if (show) {
    const method = {
      showNotification(this: ServiceWorkerRegistration, title: string, ...rest: [NotificationOptions?]) {
        // eslint-disable-next-line prefer-rest-params
        const args = arguments as unknown as unknown[];
        return !isHolding() || !args.length || !(this instanceof Registration)
          ? show.apply(this, args)
          : new Promise((resolve) =>
              capture('registration', title, rest[0] || {}, (held) => resolve(held ? undefined : show.call(this, title, rest[0]))),
            );
      },
    };
    def(Registration.prototype, 'showNotification', { value: method.showNotification, writable: true, enumerable: true });
  }

  send('hello');
}
