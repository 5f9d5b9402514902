import { browser } from 'wxt/browser';
import { HOOK_EVENT_PREFIX, MAX_CAPTURE_DETAIL_CHARS, type HookEventKind } from '@/lib/capture/hook-events';
import { FOCUS_FLAG_KEY } from '@/lib/messaging/focus-flag';
import { sendMessage } from '@/lib/messaging/protocol';

// ISOLATED world: relays captures from the hook to the background and the focus flag back. It
// holds no decisions of its own; the background validates everything it forwards.
export default defineContentScript({
  matches: ['https://app.slack.com/*'],
  runAt: 'document_start',
  allFrames: true,
  matchOriginAsFallback: true,
  main(ctx) {
    const toHook = (kind: HookEventKind, detail: unknown) =>
      window.dispatchEvent(new CustomEvent(HOOK_EVENT_PREFIX + kind, { detail: JSON.stringify(detail) }));
    const fromHook = (kind: HookEventKind, listener: (event: Event) => void) =>
      ctx.addEventListener(window, (HOOK_EVENT_PREFIX + kind) as 'message', listener);

    const sendFlag = async () => {
      const stored = await browser.storage.local.get(FOCUS_FLAG_KEY);
      toHook('flag', stored[FOCUS_FLAG_KEY] ?? { until: null });
    };

    const onStorageChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && FOCUS_FLAG_KEY in changes) void sendFlag();
    };
    browser.storage.onChanged.addListener(onStorageChanged);
    ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorageChanged));

    fromHook('hello', () => void sendFlag());
    fromHook('capture', (event) => {
      const detail = (event as CustomEvent).detail;
      if (typeof detail !== 'string' || detail.length > MAX_CAPTURE_DETAIL_CHARS) return;
      let request: { id?: unknown };
      try {
        request = JSON.parse(detail);
      } catch {
        return;
      }
      sendMessage('captureNotification', request)
        .then((answer) => toHook('ack', { id: request.id, held: answer.held === true }))
        .catch(() => toHook('ack', { id: request.id, held: false }));
    });

    void sendFlag();
  },
});
