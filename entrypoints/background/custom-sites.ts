import { browser } from 'wxt/browser';
import type { Clock } from '@/lib/clock';
import type { SaveSettingsResult } from '@/lib/messaging/protocol';
import { ACTIVE_PRESETS } from '@/lib/sites/active-presets';
import { findOverlappingPreset, parseSiteInput, type CustomSite } from '@/lib/sites/custom-site';
import { changeSection } from './settings-writer';

/**
 * A self-hosted app the user added on the options page, after the browser granted its host (the
 * page asks, while the click counts as the user's gesture). Checked again here: the page is not
 * the judge of what is stored.
 */
export async function addCustomSite(data: unknown, clock: Clock): Promise<SaveSettingsResult> {
  const { address, name } = (data ?? {}) as { address?: unknown; name?: unknown };
  const parsed = parseSiteInput(typeof address === 'string' ? address : '');
  const refuse = (message: string): SaveSettingsResult => ({ ok: false, errors: {}, message });
  if (!parsed.ok) return refuse(parsed.error);
  const preset = findOverlappingPreset(parsed.pattern, ACTIVE_PRESETS);
  if (preset) return refuse(`${parsed.name} includes ${preset.name}, which is covered already (see the list above).`);
  if (!(await browser.permissions.contains({ origins: [parsed.pattern] }))) return refuse(`Access to ${parsed.name} was not granted, so it was not added.`);
  const site: CustomSite = {
    id: `site-${clock().getTime().toString(36)}`,
    name: (typeof name === 'string' && name.trim()) || parsed.name,
    pattern: parsed.pattern,
  };
  let duplicate = false;
  const result = await changeSection(
    'sites',
    (sites) => {
      duplicate = sites.custom.some((s) => s.pattern === site.pattern);
      return duplicate ? sites : { ...sites, custom: [...sites.custom, site] };
    },
    clock,
  );
  if (duplicate) return refuse(`${parsed.name} is already covered.`);
  return result;
}

export function removeCustomSite(data: unknown, clock: Clock): Promise<SaveSettingsResult> {
  const id = (data as { id?: unknown } | undefined)?.id;
  return changeSection('sites', (sites) => ({ ...sites, custom: sites.custom.filter((s) => s.id !== id) }), clock);
}

/**
 * The user revoked access to some hosts: the self-hosted apps there are removed. Saving the
 * settings triggers a sync, which unregisters their scripts.
 */
export async function forgetRevokedSites(origins: readonly string[], clock: Clock): Promise<void> {
  if (origins.length === 0) return;
  await changeSection('sites', (sites) => ({ ...sites, custom: sites.custom.filter((site) => !origins.includes(site.pattern)) }), clock);
}
