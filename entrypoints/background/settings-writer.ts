import type { Clock } from '@/lib/clock';
import { db } from '@/lib/db/app-db';
import { readFocusState } from '@/lib/db/sessions-repo';
import type { SaveSettingsResult } from '@/lib/messaging/protocol';
import { readImport } from '@/lib/data/export-file';
import { planSettingsChange, type ChangePlan, type SettingsChange } from '@/lib/settings/plan-change';
import { planImport } from '@/lib/settings/plan-import';
import { readSection, type SectionDef } from '@/lib/settings/section';
import { isSectionName, SECTIONS, type SectionName } from '@/lib/settings/sections';
import { createSerialQueue } from '@/lib/serial-queue';
import { loadStoredSettings, writeSections } from '@/lib/settings/store';
import type { Settings } from '@/lib/settings/settings';
import { forgetCachedSettings, loadFocusContext } from './focus-context';
import { newerInSync, pushToSync } from './settings-sync';

// Saves read the current settings and write them back: one at a time, or two pages saving at
// once would each write without the other's change.
const serially = createSerialQueue();

const notRequest: SaveSettingsResult = { ok: false, errors: {}, message: 'Nothing was saved: that request was not understood.' };

/**
 * The one writer of settings: pages ask with the saveSettings message; the change is checked
 * whole (lib/settings/plan-change.ts) and stored all at once, or not at all.
 */
export function saveSettings(data: unknown, clock: Clock): Promise<SaveSettingsResult> {
  const request = (data ?? {}) as Partial<SettingsChange>;
  if (!isSectionName(request.section)) return Promise.resolve(notRequest);
  const moveTo =
    request.moveTo && typeof request.moveTo === 'object'
      ? Object.fromEntries(Object.entries(request.moveTo).filter(([, v]) => typeof v === 'string'))
      : undefined;
  return save(request.section, () => request.value, moveTo, clock);
}

/**
 * For a change the background makes itself from the current value (an app added or removed, a
 * revoked site): read and written in one turn. Refused while that section's stored value cannot
 * be read, or the defaults standing in for it would be saved over it unasked.
 */
export function changeSection<N extends SectionName>(section: N, change: (current: Settings[N]) => Settings[N], clock: Clock): Promise<SaveSettingsResult> {
  return save(section, (current) => change(current[section]), undefined, clock, { refuseUnreadable: true });
}

function save(
  section: SectionName,
  valueFrom: (current: Settings) => unknown,
  moveTo: Record<string, string> | undefined,
  clock: Clock,
  { refuseUnreadable = false } = {},
): Promise<SaveSettingsResult> {
  return serially(async () => {
    const now = clock();
    const { settings: current, problems } = await loadStoredSettings();
    if (refuseUnreadable && problems[section]) {
      return { ok: false, errors: {}, message: `Your saved ${SECTIONS[section].title} settings could not be read (see that section). Save that section first, then try again.` };
    }
    const focusOn = await isFocusOn(now);
    return apply(planSettingsChange({ section, value: valueFrom(current), moveTo }, { current, focusOn }), now);
  });
}

/**
 * Settings from a file the user picked: read whole (lib/data/export-file.ts), then checked by
 * the same rules as a save, and stored all at once or not at all.
 */
export function importSettings(data: unknown, clock: Clock): Promise<SaveSettingsResult> {
  const text = (data as { text?: unknown } | undefined)?.text;
  if (typeof text !== 'string') return Promise.resolve(notRequest);
  const read = readImport(text);
  if (!read.ok) return Promise.resolve({ ok: false, errors: read.fields ?? {}, message: read.error });
  return serially(async () => {
    const now = clock();
    const { settings: current } = await loadStoredSettings();
    return apply(planImport(read.settings, { current, focusOn: await isFocusOn(now) }), now);
  });
}

async function isFocusOn(now: Date): Promise<boolean> {
  const { occurrences } = await loadFocusContext(now);
  return (await readFocusState(db, now, occurrences)).on;
}

/** A change made here: stored, then offered to the user's other browsers. */
async function apply(plan: ChangePlan, now: Date): Promise<SaveSettingsResult> {
  if (!plan.ok) return plan;
  const items = await writeSections(plan.writes, now.getTime());
  forgetCachedSettings(); // capture's copy; storage.onChanged would say so too, but later
  await reassignHeldTiers(plan.reassignTiers);
  await pushToSync(items).catch(() => undefined);
  return { ok: true };
}

/**
 * Sections another of the user's browsers saved later than this one: each taken in through the
 * same rules as a save here (lockdown is not loosened during this machine's block, rules point
 * at tiers that exist). One refused stays as it is here and is tried again at the next start.
 * Taken-in sections keep their save time and are not sent back.
 */
export function takeFromSync(clock: Clock): Promise<SectionName[]> {
  return serially(async () => {
    const taken: SectionName[] = [];
    for (const { name, item } of await newerInSync()) {
      const read = readSection(SECTIONS[name] as SectionDef<unknown>, item);
      if (read.problem) continue;
      const { settings: current } = await loadStoredSettings();
      const plan = planSettingsChange({ section: name, value: read.value }, { current, focusOn: await isFocusOn(clock()) });
      if (!plan.ok) continue;
      await writeSections(plan.writes, item.savedAt);
      forgetCachedSettings();
      await reassignHeldTiers(plan.reassignTiers);
      taken.push(name);
    }
    return taken;
  });
}

/** A removed tier's held items move to the tier the user picked. */
async function reassignHeldTiers(moves: Record<string, string>): Promise<void> {
  const removed = Object.keys(moves);
  if (removed.length === 0) return;
  // A scan: removing a tier is rare, and an index on tierId alone would cost every capture.
  await db.held
    .filter((row) => removed.includes(row.tierId))
    .modify((row) => void (row.tierId = moves[row.tierId]!));
}
