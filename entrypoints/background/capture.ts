import { recordCaptureFailure } from './data-care';
import { browser, type Browser } from 'wxt/browser';
import type { Clock } from '@/lib/clock';
import type { HeldNotification } from '@/lib/capture/held-notification';
import { CAPTURE_RATE, takeTokens, type Bucket } from '@/lib/capture/rate-limit';
import { parseCaptureRequest, type CaptureRequest } from '@/lib/capture/validate-capture';
import { db } from '@/lib/db/app-db';
import { addToBurst, countBrokeThrough, storedCaptureStatus, storeOrReplace } from '@/lib/db/held-repo';
import { storeIcon } from '@/lib/db/icons-repo';
import { threadKeyOf } from '@/lib/digest/digest-groups';
import { FOCUS_FLAG_KEY, type FocusFlag } from '@/lib/messaging/focus-flag';
import type { Settings } from '@/lib/settings/settings';
import { decideBreakthrough } from '@/lib/sla/breakthrough';
import { findTier, getDueAt } from '@/lib/sla/tiers';
import { isCoveredOrigin } from '@/lib/sites/coverage';
import { ACTIVE_PRESETS } from '@/lib/sites/active-presets';
import { customSiteAsPreset } from '@/lib/sites/custom-site';
import { findPreset, getAppName } from '@/lib/sites/presets';
import { releaseNoLaterThan } from './alarms';
import { getClassifier } from './classifier';
import { readEngineState } from './engine-state';
import { runDue } from './focus-sync';

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
 * A page tried to notify. Each notification gets its tier (lib/sla/classify.ts) and due time. A
 * breakthrough tier is recorded and answered "show" (the page shows it natively, at once), up to
 * the app's limit for the block; everything else is held. Rows are written before the page hears
 * "held", so `held: true` always means the notification is safely stored; anything else makes
 * the page show it natively (fail open). A frame over its rate still has every notification
 * counted, in one burst row.
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

  const { settings, hold, focus, now } = await readEngineState(clock, { store: true, cached: true });
  if (!isCoveredOrigin(origin, settings.sites, ACTIVE_PRESETS)) return none;
  if (!hold.holding) return none;
  const app = findApp(origin, settings);
  const classify = getClassifier(settings);

  const valid = requests.filter((r): r is CaptureRequest => r !== undefined);
  // Per tab and origin, not per frame: a page cannot multiply its allowance with more frames.
  const source = `${sender.tab?.id}:${origin}`;
  const { granted, bucket } = takeTokens(buckets.get(source), valid.length, now.getTime(), CAPTURE_RATE);
  buckets.set(source, bucket);
  // The icon is not part of the row: it is stored apart (below) and the row keeps its key.
  const toRow = ({ icon: _icon, left: _left, storeBy: _storeBy, ...request }: CaptureRequest): HeldNotification => {
    const c = classify({ appId: app.id, appName: app.name, title: request.title, body: request.body });
    return {
      status: 'held',
      createdAt: now.getTime(),
      sessionId: focus.on ? (focus.sessionIds[0] ?? -1) : -1,
      periodKey: hold.periodKey,
      origin,
      appId: app.id,
      app: app.name,
      tabId: sender.tab?.id,
      frameId: sender.frameId,
      pageUrl: getPageUrl(sender, origin),
      ...request,
      tierId: c.tierId,
      why: c.why,
      ...(c.ruleId ? { ruleId: c.ruleId } : {}),
      ...(c.sender ? { sender: c.sender } : {}),
      ...(c.conversation ? { conversation: c.conversation } : {}),
      ...(c.direct !== undefined ? { direct: c.direct } : {}),
      threadKey: threadKeyOf({ appId: app.id, app: app.name, ...(c.conversation ? { conversation: c.conversation } : {}) }),
      dueAt: getDueAt(findTier(settings.tiers, c.tierId).response, now, settings.businessHours).getTime(),
      pendingRelease: 1,
    };
  };
  // Answered "show": broke through, or came too late to store (the page shows it itself).
  const shown = new Set<CaptureRequest>();
  // Left by a page that went away: it may have reached the background before the page went. One
  // that broke through then was never shown (the page did not hear so): it is shown now.
  // Only awaited for those (a transaction ends when it awaits what is not a database request).
  const storedBefore = async (request: CaptureRequest) => {
    const status = await storedCaptureStatus(db, origin, request.hookId);
    if (status === 'broke-through') shown.add(request);
    return status !== undefined;
  };
  let earliestSurface = Infinity;
  // What is still to store: not a left one stored before.
  const fresh: CaptureRequest[] = [];
  try {
    await db.transaction('rw', db.held, db.icons, async () => {
      for (const request of valid) if (!(request.left && (await storedBefore(request)))) fresh.push(request);
      // Counted only when a tier that breaks through comes: most captures never need it.
      let brokeThrough: number | undefined;
      for (const request of fresh.slice(0, granted)) {
        const row = toRow(request);
        // The icon apart, once, under its content key (a 16 kB icon is hashed once, here).
        if (request.icon) row.iconKey = await storeIcon(db, request.icon);
        const tier = findTier(settings.tiers, row.tierId);
        if (tier.breaksThrough) brokeThrough ??= await countBrokeThrough(db, hold.periodKey, app.id);
        const decision = decideBreakthrough(tier, brokeThrough ?? 0, settings.digest.breakthroughCap);
        if (decision === 'break-through') {
          // Shown now, so no digest delivers it; kept as the record the weekly review counts.
          const record: HeldNotification = { ...row, status: 'broke-through' };
          delete record.pendingRelease;
          await db.held.add(record);
          brokeThrough = (brokeThrough ?? 0) + 1;
          shown.add(request);
          continue;
        }
        await storeOrReplace(db, decision === 'hold-over-limit' ? { ...row, overLimit: true } : row);
        earliestSurface = Math.min(earliestSurface, row.dueAt! - settings.digest.marginMinutes * 60_000);
      }
      const overflow = fresh.slice(granted);
      if (overflow.length > 0) {
        const latest = overflow[overflow.length - 1]!;
        const row = toRow(latest);
        if (latest.icon) row.iconKey = await storeIcon(db, latest.icon);
        await addToBurst(db, row, overflow.length);
        earliestSurface = Math.min(earliestSurface, row.dueAt! - settings.digest.marginMinutes * 60_000);
      }
      // Last, just before the commit: the writes may have waited behind another transaction (a
      // prune) or a slow disk. If the hook has given up on any of these and shown it meanwhile,
      // none is stored and all are answered "show": nothing lost, nothing delivered twice.
      const at = clock().getTime();
      if (fresh.some((request) => request.storeBy !== undefined && at > request.storeBy)) throw new TooLate();
    });
  } catch (error) {
    if (error instanceof TooLate) {
      const undone = new Set(fresh);
      return { held: requests.map((r) => r !== undefined && !undone.has(r) && !shown.has(r)) };
    }
    // Nothing of this batch was stored (the transaction is undone): every notification is shown
    // natively, the failure is counted and shown, and space is made if storage is full.
    console.error('Heads Down: could not store notifications; shown instead', error);
    void recordCaptureFailure(clock).catch(() => undefined);
    return none;
  }
  // The block's end releases what it holds (a sync then), so an item due after it needs nothing
  // moved: most captures skip reading the plan.
  const blockEnd = focus.on ? focus.until.getTime() : Infinity;
  // The rows are stored: a failure to plan must not turn the answer into "show" (the page would
  // show what the digest then delivers again). The release at the block's end still comes.
  if (earliestSurface < blockEnd) await replanIfSooner(earliestSurface, clock).catch((error: unknown) => console.error('Heads Down: release not moved up', error));
  return { held: requests.map((r) => r !== undefined && !shown.has(r)) };
}

/** Thrown to undo a batch the page stopped waiting for (see handleCaptures). */
class TooLate extends Error {}

/** The app a page belongs to: a preset, a self-hosted app, or else its host. */
function findApp(origin: string, settings: Settings): { id: string; name: string } {
  const apps = [...ACTIVE_PRESETS, ...settings.sites.custom.map(customSiteAsPreset)];
  const found = findPreset(origin, apps);
  return found ? { id: found.id, name: found.name } : { id: getAppName(origin, apps), name: getAppName(origin, apps) };
}

/**
 * A new item may need a release sooner than the one planned (an Important message early in a
 * long block): move the release alarm up at once, so a stopped worker still wakes in time, and
 * plan again so the popup and tooltip say when.
 */
async function replanIfSooner(surfaceAt: number, clock: Clock): Promise<void> {
  const flag = (await browser.storage.local.get(FOCUS_FLAG_KEY))[FOCUS_FLAG_KEY] as FocusFlag | undefined;
  // Already planned no later: the next check, or the end of the block (its release comes then).
  const planned = Math.min(flag?.nextCheck?.at ?? Infinity, flag?.until ?? Infinity);
  if (planned <= surfaceAt) return;
  await releaseNoLaterThan(Math.max(surfaceAt, clock().getTime()));
  void runDue(clock).catch((error: unknown) => console.error('Heads Down: release not planned', error));
}
