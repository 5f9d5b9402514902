import { browser } from 'wxt/browser';
import { HOOK_EVENT_PREFIX, MAX_CAPTURE_DETAIL_CHARS, type HookEventKind } from '@/lib/capture/hook-events';
import { FOCUS_FLAG_KEY, isFlagHolding, type FocusFlag } from '@/lib/messaging/focus-flag';
import { onMessage, sendMessage } from '@/lib/messaging/protocol';
import { createTitleQuieter } from './title-quieter';

/** Captures sent in one message at most (the background accepts no more). */
const MAX_BATCH = 5_000;

// ISOLATED world: relays captures from the hook to the background, the focus flag back, and
// clicks from the digest to the hook. It decides nothing itself; the background validates all.
export default defineContentScript({
  matches: ['https://app.slack.com/*'],
  runAt: 'document_start',
  allFrames: true,
  matchOriginAsFallback: true,
  main(ctx) {
    // Registered scripts for a custom site and the manifest's may both match a page: one relay.
    const marker = globalThis as { headsDownBridge?: boolean };
    if (marker.headsDownBridge) return;
    marker.headsDownBridge = true;
    const toHook = (kind: HookEventKind, detail: unknown, cancelable = false) =>
      window.dispatchEvent(new CustomEvent(HOOK_EVENT_PREFIX + kind, { detail: JSON.stringify(detail), cancelable }));
    const fromHook = (kind: HookEventKind, listener: (event: Event) => void) =>
      ctx.addEventListener(window, (HOOK_EVENT_PREFIX + kind) as 'message', listener);

    // The top frame's title shows unread counts; it is quieted during focus, if the user wants.
    const title = window === window.top ? createTitleQuieter(document) : undefined;
    if (title) ctx.onInvalidated(() => title.stop());
    let endTimer: ReturnType<typeof setTimeout> | undefined;

    const sendFlag = async () => {
      const flag = ((await browser.storage.local.get(FOCUS_FLAG_KEY))[FOCUS_FLAG_KEY] ?? { until: null }) as FocusFlag;
      toHook('flag', flag);
      const holding = isFlagHolding(flag, Date.now());
      title?.setQuiet(holding && flag.hideCounts === true);
      // Counts come back at the end of the block even if no update reaches this tab then.
      clearTimeout(endTimer);
      if (holding) endTimer = setTimeout(() => void sendFlag(), flag.until! - Date.now() + 50);
    };
    const onStorageChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && FOCUS_FLAG_KEY in changes) void sendFlag();
    };
    browser.storage.onChanged.addListener(onStorageChanged);
    ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorageChanged));
    fromHook('hello', () => void sendFlag());

    // Captures go out one message at a time: whatever arrives while one is on its way goes in the
    // next. A single notification leaves at once; a flood of thousands takes a few messages and
    // is answered within the hook's fail-open window.
    let queue: { id?: unknown }[] = [];
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
        // The extension was reloaded or updated: nobody is listening, so every one shows natively.
      } finally {
        sending = false;
      }
      batch.forEach((request, i) => toHook('ack', { id: request.id, held: held[i] === true }));
      void flush();
    };
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
      queue.push(request as { id?: unknown });
      void flush();
    });

    // The hook cancels the event when it found the held object and ran the page's click handlers.
    // The origin tells the background whether this tab still shows the app the row came from.
    onMessage('clickHeld', ({ data }) => ({ found: !toHook('click', { id: data.id }, true), origin: location.origin }));

    void sendFlag();
    // Muting needs to know the tab, not before the page has loaded: the page goes first.
    if (window === window.top) {
      const register = () => void sendMessage('registerTab').catch(() => {});
      if (document.readyState === 'complete') register();
      else window.addEventListener('load', () => setTimeout(register, 0), { once: true });
    }
  },
});
