import { HUB_KEY, type HoldHub } from './hold-hub';

type AnyFn = (...args: unknown[]) => unknown;

/**
 * Replaces `window.Notification` and `ServiceWorkerRegistration.prototype.showNotification` in the
 * page's own world. Outside focus every call goes to the real API untouched. While notifications
 * are held, the hold script (hold-hub.ts) is in the page too: the page then gets an object that
 * behaves like a Notification while the relay stores it, and the hub shows the real one if that
 * fails (fail open).
 *
 * The hub is looked up at each call, in the top-most same-origin frame that has one: a frame the
 * page creates and notifies from in the same moment has no relay of its own yet, and is held like
 * its parent, through the parent's relay.
 *
 * This runs in every covered frame before the page's scripts, so it is written to stay under 2 kB
 * minified (see `npm run bench`): terse on purpose, and it keeps its own references to the globals
 * it needs because the page may replace them later.
 */
export function installNotificationHook(win: typeof globalThis): void {
  const Native = win.Notification;
  if (!Native) return;
  const proto = Native.prototype;
  const O = Object;
  // The browser's own getter: writes to the page's Notification reach the native constructor
  // through the proxy below, so a page spoofing `permission` must not decide what is held.
  const permission = O.getOwnPropertyDescriptor(Native, 'permission')!.get!;
  const def = (o: object, key: PropertyKey, d: PropertyDescriptor) => O.defineProperty(o, key, { configurable: true, ...d });
  // What the page replaces: configurable and writable, as the browser's own are.
  const put = (o: object, key: PropertyKey, value: unknown) => def(o, key, { value, writable: true });
  const { addEventListener: on, dispatchEvent: fire } = EventTarget.prototype;
  const now = Date.now;
  const later = setTimeout;
  const clone = structuredClone;
  const types = ['click', 'close', 'show', 'error'];
  let hub: HoldHub | undefined;
  const isHolding = () => {
    let w = win as unknown as Record<symbol, HoldHub> & { parent: unknown };
    hub = w[HUB_KEY];
    try {
      // Up through the same-origin frames; another origin's throws and ends the walk.
      while (w != w.parent) hub = (w = w.parent as typeof w)[HUB_KEY] || hub;
    } catch {
      // Cross-origin ancestor.
    }
    return !!hub?.isHolding() && permission.call(Native) == 'granted';
  };
  // On the held object, the events its native twin would fire.
  const emit = (target: EventTarget, type: string) => fire.call(target, new Event(type));

  // The held stand-in, made by the proxy below (with the page's new.target) while holding.
  function Notification(title: string, options?: NotificationOptions | null) {
    const o = options ?? {};
    // Options are a dictionary: null and undefined mean none, any other primitive throws.
    if (O(o) !== o) throw TypeError();
    // A genuine EventTarget whose prototype is Notification.prototype: instanceof,
    // addEventListener and event.target all work natively; Notification's getters are shadowed.
    const held = Reflect.construct(EventTarget, [], new.target) as Notification;
    let real: Notification | undefined;
    let closed = false;
    const fields = {
      title: '' + title, body: '', tag: '', icon: '', image: '', badge: '', lang: '', dir: 'auto', data: null,
      silent: false, requireInteraction: false, renotify: false, actions: [], vibrate: [], timestamp: now(),
    } as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    for (const key in fields) {
      const given = (o as Record<string, unknown>)[key];
      if (key != 'title' && given != null) fields[key] = typeof fields[key] == 'string' ? '' + given : given;
    }
    // The checks and conversions the native constructor makes (tests/e2e/fidelity.e2e.ts compares
    // the two), before anything is captured: what throws natively throws here and is not held.
    // Chromium's checks only where the browser has its attributes (Firefox has no renotify and
    // throws none of them: throwing there would lose the notification).
    fields.vibrate = [].concat(fields.vibrate);
    if (!/^(auto|ltr|rtl)$/.test(fields.dir) || ('renotify' in proto && ((fields.renotify && !fields.tag) || fields.actions.length || (fields.silent && fields.vibrate.length)))) throw TypeError();
    fields.data = clone(fields.data);
    for (const key of ['icon', 'image', 'badge'])
      try {
        fields[key] &&= new URL(fields[key], win.document.baseURI).href;
      } catch {
        fields[key] = '';
      }
    // Own, non-enumerable values: Object.keys() stays empty, as on a native notification. Only
    // the attributes this browser has (Firefox has no image, badge, vibrate or timestamp).
    for (const key in fields) if (key in proto) def(held, key, { value: fields[key] });
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
          emit(held, 'close');
        }
      },
    });
    // isHolding() has found the hub.
    const hookId = hub!.capture('new', fields, (isHeld) => {
      if (closed) return;
      // Held: shown later, in the digest. The page hears "show" as it would natively (in a task of
      // its own, after its handlers are set), so what it does then (close it after a while) runs.
      if (isHeld) return void later(() => closed || emit(held, 'show'));
      real = new Native(title, o);
      // The real one is private to us, so its handler properties are free to forward events.
      for (const type of types) (real as unknown as Record<string, () => void>)['on' + type] = () => emit(held, type);
    });
    hub!.objects[hookId] = held;
    return held;
  }

  // What the page gets is the native constructor behind a proxy: its statics (permission,
  // maxActions, requestPermission; static attributes do not depend on their receiver), prototype,
  // name, length and prototype chain are the browser's own, with nothing copied (copying them
  // cost ~0.025 ms of every frame), and its source text reads as native code. Only constructing
  // while holding is ours: without `new`, without a title or outside focus the native one answers
  // (its own TypeErrors included). The handler has no prototype: a page that adds `get` or `has`
  // to Object.prototype must not become this proxy's trap (every construction would throw).
  const Hooked = new Proxy(Native, {
    __proto__: null,
    construct: (_, args, newTarget) => Reflect.construct(args.length && isHolding() ? Notification : Native, args, newTarget),
  } as ProxyHandler<typeof Native>);
  put(proto, 'constructor', Hooked);
  put(win, 'Notification', Hooked);

  const Registration = win.ServiceWorkerRegistration;
  const show = Registration?.prototype.showNotification as AnyFn | undefined;
  if (show) {
    const method = {
      showNotification(this: ServiceWorkerRegistration, title: string) {
        // eslint-disable-next-line prefer-rest-params
        const args = arguments as unknown as unknown[];
        const o = args[1];
        // Options that are not an object: the native one rejects them, as it would outside focus.
        return !isHolding() || !args.length || (o != null && O(o) !== o)
          ? show.apply(this, args)
          : new Promise((resolve) => hub!.capture('show', { ...(o as object), title }, (held) => resolve(held ? undefined : show.apply(this, args))));
      },
    };
    put(Registration.prototype, 'showNotification', method.showNotification);
  }
}
