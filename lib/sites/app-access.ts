import type { SiteChoices } from './coverage';
import { customSiteAsPreset } from './custom-site';
import type { SitePreset } from './presets';

/** An app the user has on, and whether the browser lets Heads Down into its pages. */
export interface AppAccess {
  app: SitePreset;
  allowed: boolean;
}

/** The apps whose notifications the user wants held: the presets left on, then the self-hosted apps. */
export function listCoveredApps(sites: SiteChoices, presets: readonly SitePreset[]): SitePreset[] {
  return [...presets.filter((p) => !sites.disabledPresets.includes(p.id)), ...sites.custom.map(customSiteAsPreset)];
}

export function listMissingApps(access: readonly AppAccess[]): SitePreset[] {
  return access.filter((a) => !a.allowed).map((a) => a.app);
}

/** What to ask the browser for so that every one of these apps is allowed. */
export function originsToAllow(apps: readonly SitePreset[]): string[] {
  return [...new Set(apps.flatMap((app) => app.matches))];
}

const NAMED = 3;

/** "Slack", "Gmail and Slack", "Gmail, Slack and Discord", "Gmail, Slack, Discord and 2 more apps". */
export function joinAppNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length > NAMED) {
    const rest = names.length - NAMED;
    return `${names.slice(0, NAMED).join(', ')} and ${rest} more ${rest === 1 ? 'app' : 'apps'}`;
  }
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The popup's notice, or undefined when every app is allowed. */
export function describeMissingAccess(missing: readonly SitePreset[]): string | undefined {
  if (missing.length === 0) return undefined;
  const names = joinAppNames(missing.map((app) => app.name));
  return missing.length === 1
    ? `${names} is not allowed, so its notifications are not held.`
    : `${names} are not allowed, so their notifications are not held.`;
}

/**
 * The first-run page opens on a fresh install only, when some app is not allowed (Firefox lets
 * the user withhold hosts; Chrome grants them at install), and only once: after that the popup's
 * notice is the reminder.
 */
export function shouldOpenWelcome(input: { reason: string; shownBefore: boolean; missing: number }): boolean {
  return input.reason === 'install' && !input.shownBefore && input.missing > 0;
}
