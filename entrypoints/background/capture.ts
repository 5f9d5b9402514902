import type { Browser } from 'wxt/browser';
import type { Clock } from '@/lib/clock';
import type { HeldNotification } from '@/lib/capture/held-notification';
import { CAPTURE_RATE, takeTokens, type Bucket } from '@/lib/capture/rate-limit';
import { parseCaptureRequest, type CaptureRequest } from '@/lib/capture/validate-capture';
import { db } from '@/lib/db/app-db';
import { addToBurst, storeOrReplace } from '@/lib/db/held-repo';
import { readFocusState, storeRunningBlock } from '@/lib/db/sessions-repo';
import { isCoveredOrigin } from '@/lib/sites/coverage';
import { ACTIVE_PRESETS } from '@/lib/sites/active-presets';
import { customSiteAsPreset } from '@/lib/sites/custom-site';
import { getAppName } from '@/lib/sites/presets';
import { loadFocusContext } from './focus-context';

/** The most captures one message may carry; the bridge sends no more, and the rest fail open. */
export const MAX_CAPTURE_BATCH = 5_000;

// Per tab and origin: how many notifications it may still add as rows of their own. Losing this when the
// worker stops only resets the limit; it decides presentation, never whether something is kept.
const buckets = new Map<string, Bucket>();

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

/** Where "Open" goes when the tab is gone: the page the notification came from, web pages only. */
function getPageUrl(sender: Browser.runtime.MessageSender, origin: string): string {
  const candidate = sender.frameId === 0 ? sender.url : sender.tab?.url;
  return candidate && /^https?:\/\//.test(candidate) && candidate.startsWith(origin) ? candidate : origin;
}

/**
 * A page tried to notify. Rows are written before the page hears "held", so `held: true` always
 * means the notification is safely stored; anything else makes the page show it natively (fail
 * open). A frame over its rate still has every notification counted, in one burst row.
 */
export async function handleCaptures(
  data: unknown,
  sender: Browser.runtime.MessageSender,
  clock: Clock,
): Promise<{ held: boolean[] }> {
  const list: unknown[] = Array.isArray(data) ? data.slice(0, MAX_CAPTURE_BATCH) : [];
  const none = { held: list.map(() => false) };
  const requests = list.map(parseCaptureRequest);
  const origin = getSenderOrigin(sender);
  if (!origin || !requests.some(Boolean)) return none;

  const now = clock();
  const { settings, occurrences } = await loadFocusContext(now);
  if (!isCoveredOrigin(origin, settings.sites, ACTIVE_PRESETS)) return none;
  const apps = [...ACTIVE_PRESETS, ...settings.sites.custom.map(customSiteAsPreset)];
  let state = await readFocusState(db, now, occurrences);
  // A scheduled block that no sync has stored yet gets its session first (a write, so only then).
  if (state.on && state.occurrences.length > 0) state = await storeRunningBlock(db, now, occurrences);
  if (!state.on) return none;

  const valid = requests.filter((r): r is CaptureRequest => r !== undefined);
  // Per tab and origin, not per frame: a page cannot multiply its allowance with more frames.
  const source = `${sender.tab?.id}:${origin}`;
  const { granted, bucket } = takeTokens(buckets.get(source), valid.length, now.getTime(), CAPTURE_RATE);
  buckets.set(source, bucket);
  const toRow = (request: CaptureRequest): HeldNotification => ({
    status: 'held',
    createdAt: now.getTime(),
    sessionId: state.on ? (state.sessionIds[0] ?? -1) : -1,
    origin,
    app: getAppName(origin, apps),
    tabId: sender.tab?.id,
    frameId: sender.frameId,
    pageUrl: getPageUrl(sender, origin),
    ...request,
  });
  await db.transaction('rw', db.held, async () => {
    for (const request of valid.slice(0, granted)) await storeOrReplace(db, toRow(request));
    const overflow = valid.slice(granted);
    if (overflow.length > 0) await addToBurst(db, toRow(overflow[overflow.length - 1]!), overflow.length);
  });
  return { held: requests.map((r) => r !== undefined) };
}
