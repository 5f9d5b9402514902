import { browser } from 'wxt/browser';
import { originsToAllow } from '@/lib/sites/app-access';
import type { SitePreset } from '@/lib/sites/presets';

/**
 * Asks the browser to allow these apps' sites. Call it straight from a click handler, before
 * any await: the browser grants (or prompts) only while the click counts as the user's gesture.
 * The pages follow the answer through permissions.onAdded, and the background re-syncs there.
 */
export function allowApps(apps: readonly SitePreset[]): Promise<boolean> {
  return browser.permissions.request({ origins: originsToAllow(apps) }).catch(() => false);
}
