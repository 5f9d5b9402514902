import { browser, type Browser } from 'wxt/browser';
import type { Clock } from '@/lib/clock';
import { FOCUS_FLAG_KEY, isFlagFocusOn, type FocusFlag } from '@/lib/messaging/focus-flag';
import { ACTIVE_PRESETS } from '@/lib/sites/active-presets';
import { isCoveredOrigin, type SiteChoices } from '@/lib/sites/coverage';
import type { Settings } from '@/lib/settings/settings';
import { createSerialQueue } from '@/lib/serial-queue';
import { getSenderOrigin } from './capture';
import { loadCachedSettings } from './focus-context';

// Kept in storage.session: it outlives the worker (which may stop at any time) and is gone with
// the browser session, as the tab ids it holds are.
const COVERED_KEY = 'coveredTabs';
/** Tabs Heads Down muted in this block. */
const MUTED_KEY = 'tabsMutedByUs';
/** Tabs to leave alone this block: muted before it started, or unmuted by the user during it. */
const LEFT_ALONE_KEY = 'tabsLeftAlone';

// Every change to the lists reads and rewrites them, and tabs register while syncs run: one at a
// time, or two registering tabs would each write a list without the other.
const serially = createSerialQueue();

async function readIds(key: string): Promise<number[]> {
  const stored = await browser.storage.session.get(key);
  return Array.isArray(stored[key]) ? (stored[key] as number[]) : [];
}

async function getTab(tabId: number): Promise<Browser.tabs.Tab | undefined> {
  try {
    return await browser.tabs.get(tabId);
  } catch {
    return undefined;
  }
}

const mutedByThisExtension = (tab: Browser.tabs.Tab) =>
  tab.mutedInfo?.muted === true && tab.mutedInfo.reason === 'extension' && tab.mutedInfo.extensionId === browser.runtime.id;

/** A covered app's top frame loaded in this tab (apps the user turned off do not count). */
export async function registerCoveredTab(sender: Browser.runtime.MessageSender, clock: Clock): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId !== 0) return;
  // Every covered page load sends this: the settings from memory (~2 ms each when read and
  // checked afresh).
  const settings = await loadCachedSettings();
  if (!isCoveredOrigin(getSenderOrigin(sender) ?? '', settings.sites, ACTIVE_PRESETS)) return;
  await serially(async () => {
    const covered = await readIds(COVERED_KEY);
    if (!covered.includes(tabId)) await browser.storage.session.set({ [COVERED_KEY]: [...covered, tabId] });
  });
  // After the tab is on the list: a block starting meanwhile either finds it there or is seen here.
  const flag = (await browser.storage.local.get(FOCUS_FLAG_KEY))[FOCUS_FLAG_KEY] as FocusFlag | undefined;
  if (isFlagFocusOn(flag, clock().getTime())) await quietTabs(true, settings);
}

/**
 * During focus, covered tabs are muted, except one muted before the block (the user's choice)
 * and one the user unmutes during it (a call they joined): that one is not muted again until the
 * next block. Afterwards every tab this extension muted is unmuted, found by the browser's own
 * record rather than a stored list, so an update or reload in between leaves no tab muted.
 * Idempotent: called on every sync.
 */
export function quietTabs(focusOn: boolean, settings: Pick<Settings, 'quiet' | 'sites'>): Promise<void> {
  return serially(() => applyQuiet(focusOn, settings.quiet.muteTabs, settings.sites));
}

/** Still on a covered app? The address is readable for covered hosts only, so else it is gone. */
function showsCoveredApp(tab: Browser.tabs.Tab, sites: SiteChoices): boolean {
  try {
    return tab.url !== undefined && isCoveredOrigin(new URL(tab.url).origin, sites, ACTIVE_PRESETS);
  } catch {
    return false;
  }
}

async function applyQuiet(focusOn: boolean, muteTabs: boolean, sites: SiteChoices): Promise<void> {
  const [covered, mutedByUs, leftAlone] = await Promise.all([readIds(COVERED_KEY), readIds(MUTED_KEY), readIds(LEFT_ALONE_KEY)]);
  if (!focusOn || !muteTabs) {
    for (const tab of await browser.tabs.query({ muted: true })) {
      if (tab.id !== undefined && mutedByThisExtension(tab) && !leftAlone.includes(tab.id)) {
        await browser.tabs.update(tab.id, { muted: false });
      }
    }
    await browser.storage.session.set({ [MUTED_KEY]: [], [LEFT_ALONE_KEY]: [] });
    return;
  }
  const stillCovered: number[] = [];
  const muted: number[] = [];
  const alone = [...leftAlone];
  for (const id of covered) {
    const tab = await getTab(id);
    if (!tab) continue;
    if (!showsCoveredApp(tab, sites)) {
      // It moved on to another site (a call, say): no longer ours to mute.
      if (mutedByThisExtension(tab)) await browser.tabs.update(id, { muted: false });
      continue;
    }
    stillCovered.push(id);
    if (alone.includes(id)) continue;
    const isMuted = tab.mutedInfo?.muted === true;
    if (mutedByUs.includes(id)) {
      if (isMuted) muted.push(id);
      else alone.push(id); // the user unmuted it during this block
    } else if (isMuted) {
      alone.push(id); // muted before the block: the user's, not ours
    } else {
      await browser.tabs.update(id, { muted: true });
      muted.push(id);
    }
  }
  await browser.storage.session.set({ [COVERED_KEY]: stillCovered, [MUTED_KEY]: muted, [LEFT_ALONE_KEY]: alone });
}
