import { browser, type Browser } from 'wxt/browser';
import type { Clock } from '@/lib/clock';
import { FOCUS_FLAG_KEY, isFlagHolding, type FocusFlag } from '@/lib/messaging/focus-flag';
import { loadSettings } from '@/lib/settings/store';

// Kept in storage.session: it outlives the worker (which may stop at any time) and is gone with
// the browser session, as the tab ids it holds are.
const COVERED_KEY = 'coveredTabs';
const MUTED_KEY = 'tabsMutedByUs';

async function readIds(key: string): Promise<number[]> {
  const stored = await browser.storage.session.get(key);
  return Array.isArray(stored[key]) ? (stored[key] as number[]) : [];
}

export async function registerCoveredTab(sender: Browser.runtime.MessageSender, clock: Clock): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId !== 0) return;
  const covered = await readIds(COVERED_KEY);
  if (!covered.includes(tabId)) await browser.storage.session.set({ [COVERED_KEY]: [...covered, tabId] });
  const flag = (await browser.storage.local.get(FOCUS_FLAG_KEY))[FOCUS_FLAG_KEY] as FocusFlag | undefined;
  if (isFlagHolding(flag, clock().getTime())) await quietTabs(true, (await loadSettings()).quiet.muteTabs);
}

async function getTab(tabId: number): Promise<Browser.tabs.Tab | undefined> {
  try {
    return await browser.tabs.get(tabId);
  } catch {
    return undefined;
  }
}

/**
 * During focus, chat and mail tabs are muted; afterwards only the tabs Heads Down muted are
 * unmuted, and only while they are still muted by it (a tab the user muted, before or during
 * focus, stays muted). Idempotent: called on every sync.
 */
export async function quietTabs(focusOn: boolean, muteTabs: boolean): Promise<void> {
  const [covered, mutedByUs] = await Promise.all([readIds(COVERED_KEY), readIds(MUTED_KEY)]);
  const tabs = new Map<number, Browser.tabs.Tab>();
  for (const id of new Set([...covered, ...mutedByUs])) {
    const tab = await getTab(id);
    if (tab) tabs.set(id, tab);
  }
  const ours = (tab: Browser.tabs.Tab) =>
    tab.mutedInfo?.muted === true && tab.mutedInfo.reason === 'extension' && tab.mutedInfo.extensionId === browser.runtime.id;

  let stillMuted = mutedByUs.filter((id) => tabs.has(id));
  if (focusOn && muteTabs) {
    for (const id of covered) {
      const tab = tabs.get(id);
      if (tab && !tab.mutedInfo?.muted) {
        await browser.tabs.update(id, { muted: true });
        stillMuted = [...new Set([...stillMuted, id])];
      }
    }
  } else {
    for (const id of stillMuted) {
      const tab = tabs.get(id);
      if (tab && ours(tab)) await browser.tabs.update(id, { muted: false });
    }
    stillMuted = [];
  }
  await browser.storage.session.set({ [COVERED_KEY]: covered.filter((id) => tabs.has(id)), [MUTED_KEY]: stillMuted });
}
