import { browser } from 'wxt/browser';
import { HOOK_SCRIPT } from '@/lib/build/bundle-hook-name';
import type { CustomSite } from '@/lib/sites/custom-site';
import { planCustomScripts, scriptIdsFor } from '@/lib/sites/script-plan';
import { loadSettings, saveSettings } from '@/lib/settings/store';

const BRIDGE_SCRIPT = 'content-scripts/bridge.js';

/**
 * Makes the registered content scripts match the custom sites in the settings and the host
 * permissions the user granted. Registered scripts persist across browser restarts; this runs on
 * every start and settings change anyway, so it also heals after an update.
 */
export async function syncCustomSiteScripts(): Promise<void> {
  const { sites } = await loadSettings();
  const registered = (await browser.scripting.getRegisteredContentScripts()).map((s) => s.id);
  const granted = await Promise.all(sites.custom.map((site) => browser.permissions.contains({ origins: [site.pattern] })));
  const plan = planCustomScripts(registered, sites.custom, (site) => granted[sites.custom.indexOf(site)] === true);
  if (plan.unregister.length > 0) await browser.scripting.unregisterContentScripts({ ids: plan.unregister });
  for (const site of plan.register) {
    const [hookId, bridgeId] = scriptIdsFor(site);
    const stale = registered.filter((id) => id === hookId || id === bridgeId);
    if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale });
    const common = { matches: [site.pattern], runAt: 'document_start' as const, allFrames: true, matchOriginAsFallback: true, persistAcrossSessions: true };
    await browser.scripting.registerContentScripts([
      { id: hookId!, js: [HOOK_SCRIPT], world: 'MAIN' as const, ...common },
      { id: bridgeId!, js: [BRIDGE_SCRIPT], ...common },
    ]);
  }
}

/** The user revoked access to some hosts: the sites there are removed, with their scripts. */
export async function forgetRevokedSites(origins: readonly string[]): Promise<void> {
  if (origins.length === 0) return;
  const settings = await loadSettings();
  const keep = (site: CustomSite) => !origins.includes(site.pattern);
  if (settings.sites.custom.every(keep)) return;
  await saveSettings({ ...settings, sites: { ...settings.sites, custom: settings.sites.custom.filter(keep) } });
  await syncCustomSiteScripts();
}
