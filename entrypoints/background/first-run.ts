import { browser } from 'wxt/browser';
import { checkAppAccess } from '@/lib/access/check-access';
import { loadSettings } from '@/lib/settings/store';
import { ACTIVE_PRESETS } from '@/lib/sites/active-presets';
import { listCoveredApps, listMissingApps, shouldOpenWelcome } from '@/lib/sites/app-access';

/** When the first-run page was opened; it is opened once, ever (see shouldOpenWelcome). */
export const WELCOME_SHOWN_KEY = 'welcomeShown';

/**
 * On a fresh install, opens the first-run page if the browser keeps Heads Down out of some app's
 * site. Recorded before the tab opens, so a background stopped in between does not ask twice.
 */
export async function offerWelcome(reason: string, now: number): Promise<void> {
  if (reason !== 'install') return;
  const shownBefore = (await browser.storage.local.get(WELCOME_SHOWN_KEY))[WELCOME_SHOWN_KEY] !== undefined;
  const apps = listCoveredApps((await loadSettings()).sites, ACTIVE_PRESETS);
  const missing = listMissingApps(await checkAppAccess(apps)).length;
  if (!shouldOpenWelcome({ reason, shownBefore, missing })) return;
  await browser.storage.local.set({ [WELCOME_SHOWN_KEY]: now });
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
}
