import type { Browser } from 'wxt/browser';
import type { Clock } from '@/lib/clock';
import { parseCaptureRequest } from '@/lib/capture/validate-capture';
import { db } from '@/lib/db/app-db';
import { storeHeld } from '@/lib/db/held-repo';
import { readFocusState, storeRunningBlock } from '@/lib/db/sessions-repo';
import { ACTIVE_PRESETS } from '@/lib/sites/active-presets';
import { loadFocusContext } from './focus-context';
import { getAppName } from '@/lib/sites/presets';

/** The origin of the frame that sent a message, from the browser, never from the payload. */
export function getSenderOrigin(sender: Browser.runtime.MessageSender): string | undefined {
  const origin = (sender as { origin?: string }).origin;
  if (origin && origin !== 'null') return origin;
  const url = sender.url ?? sender.tab?.url;
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A page tried to notify. The row is written before the page hears "held", so an answer of
 * `held: true` always means the notification is safely stored; anything else makes the page show
 * it natively (fail open).
 */
export async function handleCapture(
  data: unknown,
  sender: Browser.runtime.MessageSender,
  clock: Clock,
): Promise<{ held: boolean }> {
  const request = parseCaptureRequest(data);
  const origin = getSenderOrigin(sender);
  if (!request || !origin) return { held: false };
  const now = clock();
  const { occurrences } = await loadFocusContext(now);
  let state = await readFocusState(db, now, occurrences);
  if (!state.on) return { held: false };
  // A scheduled block that no sync has stored yet gets its session first (a write, so only then).
  if (state.occurrences.length > 0) state = await storeRunningBlock(db, now, occurrences);
  if (!state.on) return { held: false };
  await storeHeld(db, {
    status: 'held',
    createdAt: now.getTime(),
    sessionId: state.sessionIds[0] ?? -1,
    origin,
    app: getAppName(origin, ACTIVE_PRESETS),
    tabId: sender.tab?.id,
    frameId: sender.frameId,
    ...request,
  });
  return { held: true };
}
