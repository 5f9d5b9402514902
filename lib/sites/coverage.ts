import type { CustomSite } from './custom-site';
import { findPreset, originMatchesPattern, type SitePreset } from './presets';

export interface SiteChoices {
  /** Presets the user turned off. */
  disabledPresets: readonly string[];
  /** Self-hosted apps the user added. */
  custom: readonly CustomSite[];
}

/**
 * Does Heads Down hold notifications from pages at this origin? A preset the user left on, or a
 * self-hosted app the user added. A relay may linger in a page after its app was turned off or
 * removed, and a covered tab may have moved on to another site: both count as not covered.
 */
export function isCoveredOrigin(origin: string, sites: SiteChoices, presets: readonly SitePreset[]): boolean {
  const preset = findPreset(origin, presets);
  if (preset) return !sites.disabledPresets.includes(preset.id);
  return sites.custom.some((site) => originMatchesPattern(origin, site.pattern));
}
