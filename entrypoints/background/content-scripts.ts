import { browser } from 'wxt/browser';
import { HOLD_SCRIPT, HOOK_SCRIPT } from '@/lib/build/bundle-hook-name';
import type { Settings } from '@/lib/settings/settings';
import { ACTIVE_PRESETS } from '@/lib/sites/active-presets';
import { FOCUS_BRIDGE_ID, HOLD_SCRIPT_ID, HOLDING_SCRIPTS, hookIdFor, planContentScripts, type HoldingScriptId } from '@/lib/sites/script-plan';

const BRIDGE_SCRIPT = '/content-scripts/bridge.js';
// Built by lib/build/bundle-hook.ts, so WXT's list of public paths does not know it.
const HOLD_FILE = `/${HOLD_SCRIPT}` as typeof BRIDGE_SCRIPT;
const everyFrame = { allFrames: true, matchOriginAsFallback: true, persistAcrossSessions: true };
const HOLDING_SCRIPT_FILES: Record<HoldingScriptId, { js: string[]; world?: 'MAIN' }> = {
  [HOLD_SCRIPT_ID]: { js: [HOLD_FILE], world: 'MAIN' },
  [FOCUS_BRIDGE_ID]: { js: [BRIDGE_SCRIPT] },
};
/** Patterns whose open pages got the bridge (see ScriptWants.injected). */
const INJECTED_KEY = 'bridgeInjected';
/**
 * executeScript never settles for a frozen tab, and a sync must not wait on it (the next sync,
 * and the end of the block, would wait too). An injection not done by then may still finish.
 */
const INJECT_WAIT_MS = 2_000;

/**
 * Makes the registered content scripts match the settings, the granted hosts and holding (see
 * planContentScripts). Called only from syncFocus, one sync at a time. Each step is tried on its
 * own: a self-hosted app whose registration fails does not keep the bridge from the others. If
 * the holding scripts are not placed, pages show their notifications natively: nothing is lost.
 */
export async function syncContentScripts(holding: boolean, settings: Settings): Promise<void> {
  const sites = settings.sites.custom;
  const granted = await Promise.all(sites.map((site) => browser.permissions.contains({ origins: [site.pattern] }).catch(() => false)));
  const stored = (await browser.storage.session.get(INJECTED_KEY))[INJECTED_KEY];
  const presetMatches = ACTIVE_PRESETS.filter((p) => !settings.sites.disabledPresets.includes(p.id)).flatMap((p) => p.matches);
  const plan = planContentScripts(await browser.scripting.getRegisteredContentScripts(), {
    holding,
    presetMatches,
    sites: sites.filter((_, i) => granted[i]),
    injected: Array.isArray(stored) ? (stored as string[]) : [],
  });
  await step('unregister', async () => {
    if (plan.unregister.length > 0) await browser.scripting.unregisterContentScripts({ ids: plan.unregister });
  });
  await step('register the holding scripts', async () => {
    if (plan.place.length === 0) return;
    const spec = (id: HoldingScriptId, matches: string[]) => ({ id, matches, runAt: HOLDING_SCRIPTS[id], ...HOLDING_SCRIPT_FILES[id], ...everyFrame });
    const place = async (matches: string[]) => {
      const fresh = plan.place.filter((p) => p.action === 'register').map((p) => spec(p.id, matches));
      const changed = plan.place.filter((p) => p.action === 'update').map((p) => spec(p.id, matches));
      // The new ones in one call: a page that loads gets the hold script and the relay, or neither.
      if (fresh.length > 0) await browser.scripting.registerContentScripts(fresh);
      if (changed.length > 0) await browser.scripting.updateContentScripts(changed);
    };
    // A self-hosted app's pattern the browser refuses must not cost the presets their scripts.
    await place(plan.matches).catch(() => place(presetMatches));
  });
  await step('inject the bridge', async () => {
    if (plan.inject.length > 0) await injectBridge(plan.inject);
    // Recorded whatever each tab did, or every sync would try again. A tab that failed was
    // loading another page, which gets the registered one; a frozen tab's call may finish when it
    // thaws, and if not, that page shows its notifications natively until it loads again.
    await browser.storage.session.set({ [INJECTED_KEY]: plan.injectedAfter });
  });
  // One at a time: a site whose registration fails does not cost the others their hook.
  for (const site of plan.registerHooks) {
    await step(`register the hook for ${site.pattern}`, () =>
      browser.scripting.registerContentScripts([
        { id: hookIdFor(site), js: [HOOK_SCRIPT], world: 'MAIN' as const, matches: [site.pattern], runAt: 'document_start' as const, ...everyFrame },
      ]),
    );
  }
}

async function step(name: string, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    console.error(`Heads Down: could not ${name}`, error);
  }
}

/** The hold script and the bridge into every frame of the pages open under these patterns. */
async function injectBridge(matches: string[]): Promise<void> {
  // Pattern by pattern, so that one the browser refuses leaves the others' tabs served.
  const found = await Promise.all(matches.map((url) => browser.tabs.query({ url }).catch(() => [])));
  const tabs = [...new Map(found.flat().map((tab) => [tab.id, tab])).values()];
  const injections = tabs.map(async (tab) => {
    if (tab.id === undefined || tab.discarded) return; // a discarded tab loads anew, with the registered one
    try {
      // The hold script first: the hub it leaves is what the bridge's flag turns on.
      const target = { tabId: tab.id, allFrames: true };
      await browser.scripting.executeScript({ target, files: [HOLD_FILE], world: 'MAIN', injectImmediately: true });
      await browser.scripting.executeScript({ target, files: [BRIDGE_SCRIPT], injectImmediately: true });
    } catch {
      // Closed meanwhile, or showing an error page: its next page load gets the registered one.
    }
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, INJECT_WAIT_MS)));
  await Promise.race([Promise.all(injections), waited]);
  clearTimeout(timer);
}
