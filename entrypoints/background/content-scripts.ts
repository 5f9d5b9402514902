import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { HOOK_SCRIPT } from '@/lib/build/bundle-hook-name';
import { createSerialQueue } from '@/lib/serial-queue';
import type { Settings } from '@/lib/settings/schema';
import { ACTIVE_PRESETS } from '@/lib/sites/active-presets';
import { FOCUS_BRIDGE_ID, hookIdFor, planContentScripts } from '@/lib/sites/script-plan';

const BRIDGE_SCRIPT = '/content-scripts/bridge.js';
const everyFrame = { runAt: 'document_start' as const, allFrames: true, matchOriginAsFallback: true, persistAcrossSessions: true };

// Syncs come from alarms, settings changes and the worker's start, often together: one at a time,
// or two would both register the same script.
const serially = createSerialQueue();

/**
 * Makes the registered content scripts match the settings, the granted hosts and focus (see
 * planContentScripts). Registered scripts outlive the worker and a browser restart; this runs on
 * every sync anyway, so whatever was missed heals on the next one. If it fails, pages lack the
 * bridge and their notifications show natively: nothing is lost.
 */
export function syncContentScripts(focusOn: boolean, settings: Settings): Promise<void> {
  return serially(async () => {
    const sites = settings.sites.custom;
    const granted = await Promise.all(sites.map((site) => browser.permissions.contains({ origins: [site.pattern] })));
    const plan = planContentScripts(await browser.scripting.getRegisteredContentScripts(), {
      focusOn,
      presetMatches: ACTIVE_PRESETS.filter((p) => !settings.sites.disabledPresets.includes(p.id)).flatMap((p) => p.matches),
      sites: sites.filter((_, i) => granted[i]),
    });
    if (plan.unregister.length > 0) await browser.scripting.unregisterContentScripts({ ids: plan.unregister });
    if (plan.registerHooks.length > 0) {
      await browser.scripting.registerContentScripts(
        plan.registerHooks.map((site) => ({ id: hookIdFor(site), js: [HOOK_SCRIPT], world: 'MAIN' as const, matches: [site.pattern], ...everyFrame })),
      );
      // The app's tabs already open get it too, so the user need not reload them. A hook that
      // lands twice in a page wraps the other one, which then only ever sees pass-throughs.
      await inject(plan.registerHooks.map((site) => site.pattern), HOOK_SCRIPT, 'MAIN');
    }
    if (plan.bridge) {
      const bridge = { id: FOCUS_BRIDGE_ID, js: [BRIDGE_SCRIPT], matches: plan.bridge.matches, ...everyFrame };
      if (plan.bridge.action === 'update') await browser.scripting.updateContentScripts([bridge]);
      else await browser.scripting.registerContentScripts([bridge]);
    }
    if (plan.inject.length > 0) await inject(plan.inject, BRIDGE_SCRIPT, 'ISOLATED');
  });
}

/**
 * After an update, open pages still hold the previous version's bridge, which can no longer
 * reach the background. Dropping the registration makes the next sync in a focus block
 * register it again and inject the new bridge into those pages.
 */
export function dropFocusBridge(): Promise<void> {
  return serially(async () => {
    const [registered] = await browser.scripting.getRegisteredContentScripts({ ids: [FOCUS_BRIDGE_ID] });
    if (registered) await browser.scripting.unregisterContentScripts({ ids: [FOCUS_BRIDGE_ID] });
  });
}

/** Into every frame of the pages open under these patterns. */
async function inject(matches: string[], file: string, world: 'MAIN' | 'ISOLATED'): Promise<void> {
  const tabs = await browser.tabs.query({ url: matches });
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined || tab.discarded) return;
      try {
        // hook.js is bundled outside WXT's entrypoints, so WXT's list of script paths lacks it.
        const files = [file as ScriptPublicPath];
        await browser.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files, world, injectImmediately: true });
      } catch {
        // Closed meanwhile, or showing an error page: its next page load gets the registered one.
      }
    }),
  );
}
