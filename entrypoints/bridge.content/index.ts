import { browser } from 'wxt/browser';
import { HOOK_EVENT_PREFIX, LEFT_KEY, MAX_CAPTURE_DETAIL_CHARS, STORE_TIMEOUT_MS, type HookEventKind } from '@/lib/capture/hook-events';
import { FOCUS_FLAG_KEY, holdUntilOf, isFlagFocusOn, type FocusFlag } from '@/lib/messaging/focus-flag';
import { onMessage, sendMessage } from '@/lib/messaging/protocol';
import { createTitleQuieter } from './title-quieter';

/** Captures sent in one message at most (the background accepts no more). */
const MAX_BATCH = 5_000;

/** A copy of what the page sent, without the fields only the relay may set. */
function without(request: object, ...keys: string[]): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...request };
  for (const key of keys) delete copy[key];
  return copy;
}

// ISOLATED world: relays captures from the hook to the background, the focus flag back, and
// clicks from the digest to the hook. It decides nothing itself; the background validates all.
//
// Not in the manifest: an isolated world in every covered frame would cost each page load several
// milliseconds before its scripts run. The background places it only while notifications are held
// (see entrypoints/background/content-scripts.ts): registered at document_idle for pages that load
// then (the hold script, there from document_start, keeps what is captured until it comes), and
// injected into the pages already open when holding starts. Outside focus the hook alone is in
// the page, and it passes everything to the real API.
//
// It may be placed in a frame more than once (an injection racing a registered script, an update
// mid-block). WXT's context then stops the older copy, so exactly one relays: the newest.
export default defineContentScript({
  registration: 'runtime',
  // The page need not hear that a content script started (WXT's default tells it by postMessage).
  noScriptStartedPostMessage: true,
  main(ctx) {
    const toHook = (kind: HookEventKind, detail: unknown, cancelable = false) =>
      window.dispatchEvent(new CustomEvent(HOOK_EVENT_PREFIX + kind, { detail: JSON.stringify(detail), cancelable }));
    const fromHook = (kind: HookEventKind, listener: (event: Event) => void) =>
      ctx.addEventListener(window, (HOOK_EVENT_PREFIX + kind) as 'message', listener);

    // The top frame's title shows unread counts; it is quieted during focus, if the user wants.
    const title = window === window.top ? createTitleQuieter(document) : undefined;
    if (title) ctx.onInvalidated(() => title.stop());
    let endTimer: number | undefined;

    const sendFlag = async () => {
      const flag = ((await browser.storage.local.get(FOCUS_FLAG_KEY))[FOCUS_FLAG_KEY] ?? { until: null }) as FocusFlag;
      // A newer copy took over while this one waited: it sends the flag, and owns the title.
      if (ctx.isInvalid) return;
      // The hook needs one thing: until when to hold (focus, or batching in working hours).
      const now = Date.now();
      const holdUntil = holdUntilOf(flag, now);
      toHook('flag', { until: holdUntil });
      const focusOn = isFlagFocusOn(flag, now);
      title?.setQuiet(focusOn && flag.hideCounts === true);
      // Counts come back at the end of the block even if no update reaches this tab then.
      clearTimeout(endTimer);
      const nextChange = Math.min(focusOn ? flag.until! : Infinity, holdUntil ?? Infinity);
      if (nextChange < Infinity) endTimer = ctx.setTimeout(() => void sendFlag(), nextChange - now + 50);
    };
    const onStorageChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && FOCUS_FLAG_KEY in changes) void sendFlag();
    };
    browser.storage.onChanged.addListener(onStorageChanged);
    ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorageChanged));
    fromHook('hello', () => void sendFlag());

    // Captures go out one message at a time: whatever arrives while one is on its way goes in the
    // next. A single notification leaves at once; a flood of thousands takes a few messages, each
    // capture said "received" at once, so the hook waits for the answer (STORE_TIMEOUT_MS).
    let queue: { id?: unknown; left?: true; storeBy?: number; title?: unknown; body?: unknown; tag?: unknown }[] = [];
    let sending = false;
    const flush = async () => {
      if (sending || queue.length === 0) return;
      sending = true;
      const batch = queue.slice(0, MAX_BATCH);
      queue = queue.slice(MAX_BATCH);
      let held: boolean[] = [];
      try {
        held = (await sendMessage('captureNotifications', batch)).held;
      } catch {
        // Not stored, so every one shows natively. An orphan of an extension that was reloaded or
        // updated says nothing at all: the hook shows them when its wait runs out, unless a newer
        // copy of this bridge in the same frame answers "held" first. What a gone page left has no
        // hook waiting: it is shown here.
        if (ctx.isInvalid) return void batch.forEach((request) => request.left && showLeft(request));
      } finally {
        sending = false;
      }
      batch.forEach((request, i) => {
        const isHeld = held[i] === true;
        // Left by a page that has gone: no hook waits for it, so what is not held is shown here.
        if (request.left && !isHeld) showLeft(request);
        else toHook('ack', { id: request.id, held: isHeld });
      });
      void flush();
    };
    const showLeft = ({ title, body, tag }: (typeof queue)[number]) => {
      try {
        if (Notification.permission === 'granted') new Notification(String(title ?? ''), { body: String(body ?? ''), tag: String(tag ?? '') });
      } catch {
        // Nothing more can be done for it.
      }
    };
    // What a page of this origin was keeping when it went away (hold-hub.ts) goes to the
    // background; it drops any it had stored already. Each key is taken, then removed at once, so
    // that another relay of the origin does not take it too (the background drops a second copy).
    const takeLeft = () => {
      try {
        for (let i = localStorage.length - 1; i >= 0; i--) {
          const key = localStorage.key(i);
          if (!key?.startsWith(LEFT_KEY)) continue;
          const raw = localStorage.getItem(key);
          localStorage.removeItem(key);
          const left: unknown = JSON.parse(raw ?? '[]');
          for (const request of Array.isArray(left) ? left : []) {
            if (!request || typeof request !== 'object' || Array.isArray(request)) continue;
            // No hook waits for these: no time by which to store them.
            queue.push({ ...without(request, 'storeBy'), left: true });
          }
        }
      } catch {
        // No storage in this frame (an opaque origin), or not JSON: nothing (more) to take.
      }
      void flush();
    };
    // Also when its page comes back from the back/forward cache (it may have left some as it
    // went), and when another page of the origin leaves some while this one is open.
    ctx.addEventListener(window, 'pageshow', (event) => (event as PageTransitionEvent).persisted && takeLeft());
    ctx.addEventListener(window, 'storage', (event) => {
      const { key, newValue } = event as StorageEvent;
      if (key?.startsWith(LEFT_KEY) && newValue !== null) takeLeft();
    });
    fromHook('capture', (event) => {
      const detail = (event as CustomEvent).detail;
      if (typeof detail !== 'string' || detail.length > MAX_CAPTURE_DETAIL_CHARS) return;
      let request: unknown;
      try {
        request = JSON.parse(detail);
      } catch {
        return;
      }
      // Only objects: a forged "null" must not stall the queue for everything after it.
      if (!request || typeof request !== 'object' || Array.isArray(request)) return;
      // Alive (an orphan of a reloaded extension has no runtime id): the hook waits for the
      // background's answer instead of showing it after ACK_TIMEOUT_MS.
      if (!browser.runtime?.id) return;
      toHook('received', { id: (request as { id?: unknown }).id });
      // The hook shows it natively STORE_TIMEOUT_MS after "received" at the earliest; the
      // background stores nothing it is about to commit later than a second before that, so what
      // the hook shows is not also delivered in a digest. Only the relay says what was left and
      // by when to store, not the page.
      queue.push({ ...without(request, 'left', 'storeBy'), storeBy: Date.now() + STORE_TIMEOUT_MS - 1_000 });
      void flush();
    });

    // The hook cancels the event when it found the held object and ran the page's click handlers.
    // The origin tells the background whether this tab still shows the app the row came from.
    ctx.onInvalidated(onMessage('clickHeld', ({ data }) => ({ found: !toHook('click', { id: data.id }, true), origin: location.origin })));

    void sendFlag();
    takeLeft();
    // Muting needs to know the tab, not before the page has loaded: the page goes first.
    if (window === window.top) {
      const register = () => void sendMessage('registerTab').catch(() => {});
      if (document.readyState === 'complete') register();
      else window.addEventListener('load', () => setTimeout(register, 0), { once: true });
    }
  },
});
