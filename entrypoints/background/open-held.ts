import { browser } from 'wxt/browser';
import type { Clock } from '@/lib/clock';
import { db } from '@/lib/db/app-db';
import { markHandled } from '@/lib/db/held-repo';
import { sendMessage } from '@/lib/messaging/protocol';

type Opened = 'conversation' | 'tab' | 'url' | 'nothing';

async function focusTab(tabId: number): Promise<void> {
  const tab = await browser.tabs.update(tabId, { active: true });
  if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
}

/** Is the tab still open on the app? (Its address is readable: the extension covers that host.) */
async function showsOrigin(tabId: number, origin: string): Promise<boolean> {
  try {
    const { url } = await browser.tabs.get(tabId);
    return url !== undefined && new URL(url).origin === origin;
  } catch {
    return false; // no such tab
  }
}

/**
 * "Open" in the digest: bring the app's tab forward and fire the page's own click handlers on the
 * held notification, so the app goes to that conversation, as a click on the real notification
 * would. If the tab is gone (or shows another page now), open the app where the notification came
 * from. Opening an item handles it.
 */
export async function openHeld(id: number, clock: Clock): Promise<{ opened: Opened }> {
  const row = await db.held.get(id);
  if (!row) return { opened: 'nothing' };
  let opened: Opened = 'url';
  if (row.tabId !== undefined) {
    try {
      const { found, origin } = await sendMessage('clickHeld', { id: row.hookId }, { tabId: row.tabId, frameId: row.frameId ?? 0 });
      // Tab ids start again after a browser restart: a tab showing another app is not this one.
      if (origin === row.origin) {
        await focusTab(row.tabId);
        opened = found ? 'conversation' : 'tab';
      }
    } catch {
      // No bridge in it: the page was reloaded after focus ended (the bridge is placed during
      // focus only), so the held object is gone, but the app may still be there.
      if (await showsOrigin(row.tabId, row.origin)) {
        await focusTab(row.tabId);
        opened = 'tab';
      }
    }
  }
  if (opened === 'url') await browser.tabs.create({ url: row.pageUrl ?? row.origin });
  await markHandled(db, [id], clock());
  return { opened };
}
