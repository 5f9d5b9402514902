import type { CustomSite } from '@/lib/sites/custom-site';
import { loadSettings, saveSettings } from '@/lib/settings/store';

/**
 * The user revoked access to some hosts: the self-hosted apps there are removed. Saving the
 * settings triggers a sync, which unregisters their scripts.
 */
export async function forgetRevokedSites(origins: readonly string[]): Promise<void> {
  if (origins.length === 0) return;
  const settings = await loadSettings();
  const keep = (site: CustomSite) => !origins.includes(site.pattern);
  if (settings.sites.custom.every(keep)) return;
  await saveSettings({ ...settings, sites: { ...settings.sites, custom: settings.sites.custom.filter(keep) } });
}
