import type { CaptureSource } from './held-notification';
import { ACK_TIMEOUT_MS, HOOK_EVENT_PREFIX, HUB_MARK, LEFT_KEY, RELAY_WAIT_MS, STORE_TIMEOUT_MS, type HookEventKind } from './hook-events';

type Detail = Record<string, unknown> & { id: string };

/**
 * How a page holds: asks the relay to store a capture (`done(true)` only once the background
 * has), says whether notifications are held now, and keeps the held objects for the digest's
 * click-through. The hook (notification-hook.ts) looks for one at each notification.
 */
export interface HoldHub {
  capture: (source: CaptureSource, n: Record<string, unknown>, done: (held: boolean) => void) => string;
  /** Held now, as far as this page can tell; the background has the last word on each capture. */
  isHolding: () => boolean;
  objects: Record<string, EventTarget>;
}

/** The hub on a window, if its hold script ran there (Symbol.for is shared by every frame). */
export const HUB_KEY = Symbol.for(HUB_MARK);

/**
 * The hold script's whole work (bundled alone into hold.js). The background places it in the
 * page's world only while notifications are held: registered at document_start for pages that
 * load, injected into pages already open. Its being there is what says "hold" until the relay
 * arrives (at document_idle, so that pages load as fast as without the extension); from then on
 * the relay's flag decides. What is captured before the relay arrives waits for it, RELAY_WAIT_MS
 * at most, and is shown natively if it never comes. What the page is still keeping when it goes
 * away is left in the page's own storage for the next relay of its app (see the pagehide
 * listener below). Once sent to the
 * relay, a capture that the relay does not say it received in ACK_TIMEOUT_MS (extension reloaded),
 * or that gets no "held" answer in STORE_TIMEOUT_MS after that (worker stuck), is shown natively
 * too: losing a notification is worse than showing one during focus.
 *
 * Terse on purpose: it runs in every covered frame that loads during focus.
 */
export function installHoldHub(win: typeof globalThis): void {
  // Already here (injected into a page that had it): the first one keeps what it holds.
  if ((win as unknown as Record<symbol, unknown>)[HUB_KEY]) return;
  const { parse, stringify } = JSON;
  const { addEventListener: on, dispatchEvent: fire } = EventTarget.prototype;
  const now = Date.now;
  const setTimer = setTimeout;
  // Plain objects: a forged id such as "__proto__" finds nothing callable and is ignored.
  // Each entry: [finish, what to send (JSON), sent to the relay yet, the relay received it].
  const pending: Record<string, [(held: boolean) => void, string, boolean?, boolean?]> = {};
  const objects: Record<string, EventTarget> = {};
  let until = 0;
  let heard = false;
  // Ids are unique to this page load (its time and a random part) and count up within it: a
  // click from the digest never reaches the wrong object, and the background can tell a capture
  // left by a page that went away (see pagehide) from another page's.
  let base = '';
  let seq = 0;
  // The page's localStorage, through the browser's getter and methods as they are at the first
  // notification (nothing is kept before it), for the pagehide listener below.
  let storage: (() => Storage) | undefined;
  let setItem: Storage['setItem'];

  const send = (kind: HookEventKind, detail?: string) => fire.call(win, new CustomEvent(HOOK_EVENT_PREFIX + kind, { detail }));
  const listen = (type: string, fn: (d: Detail, e: Event) => unknown) =>
    on.call(win, type, (e) => {
      try {
        fn(parse((e as CustomEvent).detail ?? '{}'), e);
      } catch {
        // Forged or malformed: ignore.
      }
    });
  const post = (id: string) => {
    const entry = pending[id]!;
    entry[2] = true;
    send('capture', entry[1]);
    // Received in time: the background is storing it; a flood takes a while.
    setTimer(() => (pending[id]?.[3] ? setTimer(() => pending[id]?.[0](false), STORE_TIMEOUT_MS) : pending[id]?.[0](false)), ACK_TIMEOUT_MS);
  };
  // The relay's flag is listened for from the start: having heard it is how the hub knows a relay
  // is in the page, so that a capture sent to one that does not answer (its extension reloaded)
  // is shown after ACK_TIMEOUT_MS rather than RELAY_WAIT_MS.
  listen(HOOK_EVENT_PREFIX + 'flag', (d) => {
    until = +(d.until as number) || 0;
    // The relay has arrived: what waited for it goes now, once.
    const first = !heard;
    heard = true;
    if (first) for (const id in pending) post(id);
  });
  // Leaving with captures not yet answered (waiting for the relay, queued in it, or for the
  // background): Chromium drops a notification made while its page goes away, and there is no
  // time to send them. So they are left in the page's localStorage, under a key of their own (the
  // first one's id: no other leaving writes over it), without icons if room is short; a relay of
  // the same origin takes them to the background, which drops any it stored already. Only without
  // storage (an opaque origin) is showing them tried. Listened for from the start, before any of
  // the page's listeners, which Chromium calls in the order they were added whatever their phase
  // (~0.05 ms of a frame's start; a page with a pagehide listener of its own pays that anyway).
  listen('pagehide', () => {
    const ids = Object.keys(pending);
    if (!ids.length) return;
    const left = ids.map((id) => parse(pending[id]![1]) as Record<string, unknown>);
    try {
      const put = () => setItem.call(storage!.call(win), LEFT_KEY + ids[0], stringify(left));
      try {
        put();
      } catch {
        for (const capture of left) delete capture.icon;
        put();
      }
      for (const id of ids) delete pending[id];
    } catch {
      for (const id of ids) pending[id]![0](false);
    }
  });
  // The rest waits for the page's first notification: each listener, the first event and the
  // first timer of a new frame cost ~0.01–0.05 ms before the page's first script, and most frames
  // never notify. Then the hub asks for the flag if it has not heard it (hello): a relay already
  // in the page when this script was injected into it answers; one still to come sends it when
  // it starts.
  let listening = false;
  const start = () => {
    if (listening) return;
    listening = true;
    // Not before, as each costs ~0.02 ms of a frame's start: ids and storage are needed only once
    // there is something to capture.
    base = now().toString(36) + Math.random().toString(36).slice(2, 8) + '.';
    storage = Object.getOwnPropertyDescriptor(win, 'localStorage')?.get as typeof storage;
    setItem = win.Storage?.prototype.setItem as Storage['setItem'];
    listen(HOOK_EVENT_PREFIX + 'received', (d) => {
      const entry = pending[d.id];
      if (entry) entry[3] = true;
    });
    listen(HOOK_EVENT_PREFIX + 'ack', (d) => pending[d.id]?.[0](!!d.held));
    // The page's own click handlers run on the held object. Cancelling the relay's event tells it
    // the object was found; an unknown id throws first, and the relay opens the app instead.
    listen(HOOK_EVENT_PREFIX + 'click', (d, e) => {
      objects[d.id]!.dispatchEvent(new Event('click'));
      e.preventDefault();
    });
    if (!heard) send('hello');
  };

  const hub: HoldHub = {
    isHolding: () => (start(), !heard || now() < until),
    // `n` carries the title and options; the background turns every field into text and caps it.
    capture(source, n, done) {
      start();
      const id = base + ++seq;
      let detail: string;
      try {
        detail = stringify({ id, source, title: n.title, body: n.body, tag: n.tag, icon: n.icon });
      } catch {
        // What JSON cannot carry (a BigInt body, a toJSON that throws, given to showNotification):
        // nothing can be sent, so the native call has it at once, and answers as it would.
        done(false);
        return id;
      }
      // Whichever comes first, the answer or the timeout, decides; the other is then a no-op.
      pending[id] = [
        (held) => {
          if (!pending[id]) return;
          delete pending[id];
          done(held);
        },
        detail,
      ];
      if (heard) post(id);
      // Only while it waits: once sent (the relay came in time), the relay's answers decide, or a
      // capture stored just before this fired would be shown now and delivered again later.
      else setTimer(() => pending[id]?.[2] || pending[id]?.[0](false), RELAY_WAIT_MS);
      return id;
    },
    objects,
  };
  Object.defineProperty(win, HUB_KEY, { value: hub, configurable: true });
}
