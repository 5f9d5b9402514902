import { browser } from 'wxt/browser';
import type { AppAccess } from '@/lib/sites/app-access';
import type { SitePreset } from '@/lib/sites/presets';

/** Asks the browser, app by app, whether Heads Down may run in its pages (all its patterns granted). */
export function checkAppAccess(apps: readonly SitePreset[]): Promise<AppAccess[]> {
  return Promise.all(apps.map(async (app) => ({ app, allowed: await browser.permissions.contains({ origins: app.matches }).catch(() => false) })));
}
