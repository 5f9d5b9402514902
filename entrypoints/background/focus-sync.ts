import type { Clock } from '@/lib/clock';
import { db } from '@/lib/db/app-db';
import { endOverdueSessions } from '@/lib/db/sessions-repo';
import type { FocusStatus } from '@/lib/messaging/protocol';
import { applyAlarms } from './alarms';
import { syncContentScripts } from './content-scripts';
import { readEngineState, serially } from './engine-state';
import { recordMissedBlocks } from './missed-blocks';
import { publishState, refreshToolbar } from './publish-state';
import { quietTabs } from './quiet-tabs';
import { runOutbox } from './outbox';
import { runRelease } from './release';

/**
 * Brings everything the browser shows in line with the database, the settings and the clock:
 * ends blocks whose time has passed (also after sleep or a closed browser), stores scheduled
 * blocks as they start, places the bridge in covered pages while notifications are held,
 * releases what is due, publishes the state and re-creates the alarms. Safe to call any number
 * of times, from any event: nothing here lives in memory.
 */
export function syncFocus(clock: Clock): Promise<FocusStatus> {
  return serially(() => sync(clock));
}

async function sync(clock: Clock): Promise<FocusStatus> {
  await endOverdueSessions(db, clock());
  await recordMissedBlocks(clock).catch((error: unknown) => console.error('Heads Down: missed blocks not recorded', error));
  const state = await readEngineState(clock, { store: true });
  // The bridge is in the pages before the flag says "held": when the popup shows "Focus until",
  // pages opened from then on are held, and open ones hear the flag from their new bridge.
  await syncContentScripts(state.hold.holding, state.settings).catch((error: unknown) =>
    console.error('Heads Down: content scripts not synced', error),
  );
  const release = await runRelease(state, clock);
  const outboxAt = await runOutbox(state, clock);
  await publishState(state, release.nextCheck);
  await quietTabs(state.focus.on, state.settings);
  await applyAlarms({ focus: state.focus, hold: state.hold, releaseAt: release.wakeAt, outboxAt });
  return { on: state.focus.on, until: state.focus.on ? state.focus.until.getTime() : null };
}

/**
 * What is due now, without the rest of a sync: releases of held notifications and sends of
 * queued questions, then the published state and the alarms. The release and outbox alarms run
 * it, and so do pages' actions that change what waits.
 */
export function runDue(clock: Clock): Promise<void> {
  return serially(async () => {
    const state = await readEngineState(clock);
    const release = await runRelease(state, clock);
    const outboxAt = await runOutbox(state, clock);
    await publishState(state, release.nextCheck);
    await applyAlarms({ focus: state.focus, hold: state.hold, releaseAt: release.wakeAt, outboxAt });
  });
}

/** The badge tick: the minutes left. A block that should have ended gets its full sync. */
export async function tickBadge(clock: Clock): Promise<void> {
  const ended = await serially(async () => {
    const state = await readEngineState(clock);
    const overdue = (await db.sessions.where('status').equals('active').toArray()).some((s) => s.plannedEnd <= state.now.getTime());
    if (!overdue) await refreshToolbar(state);
    return overdue;
  });
  if (ended) await syncFocus(clock);
}
