import type { CustomSite } from './custom-site';

/** A self-hosted app's hook: registered for as long as the app is added and its host granted. */
export const hookIdFor = (site: Pick<CustomSite, 'id'>) => `hook-${site.id}`;
/**
 * The bridge for pages that load while notifications are held (focus, or batching), at
 * document_start, in every frame. The id keeps its first name: registrations persist.
 */
export const FOCUS_BRIDGE_ID = 'bridge-during-focus';

export interface RegisteredScript {
  id: string;
  matches?: string[];
}

export interface ScriptWants {
  /** Notifications are held now (focus, or batching in working hours). */
  holding: boolean;
  /** Match patterns of the presets the user has left on. */
  presetMatches: readonly string[];
  /** Self-hosted apps the user added and granted access to. */
  sites: readonly CustomSite[];
  /**
   * Patterns whose open pages were given the bridge in this browser session, in this block. The
   * list lives in storage.session, which an update, a reload or a restart of the browser empties:
   * exactly when open pages hold no working bridge.
   */
  injected: readonly string[];
}

export interface ScriptPlan {
  /** Registered scripts that must go. */
  unregister: string[];
  /** Sites whose hook must be registered. */
  registerHooks: CustomSite[];
  /** The bridge, when it must be registered anew or its matches changed. */
  bridge: { action: 'register' | 'update'; matches: string[] } | null;
  /** Pages open under these patterns have no bridge yet and need one injected now. */
  inject: string[];
  /** What `injected` is once this plan is carried out. */
  injectedAfter: string[];
}

/**
 * What to change so that the registered content scripts are exactly what the settings, the
 * granted hosts and holding call for. A hook for every self-hosted app, always (outside focus it
 * passes everything through, so it must be in place before a block starts). The bridge only
 * while notifications are held, for every app not turned off; open pages under it that have not had it
 * injected yet get it now, so a step missed once (a worker stopped half-way) is made up next time.
 */
export function planContentScripts(registered: readonly RegisteredScript[], wants: ScriptWants): ScriptPlan {
  const hookIds = new Set(wants.sites.map(hookIdFor));
  const registeredIds = new Set(registered.map((s) => s.id));
  const bridgeMatches = wants.holding ? [...new Set([...wants.presetMatches, ...wants.sites.map((s) => s.pattern)])] : [];
  const current = registered.find((s) => s.id === FOCUS_BRIDGE_ID);
  const before = new Set(current?.matches ?? []);
  const unchanged = current !== undefined && before.size === bridgeMatches.length && bridgeMatches.every((m) => before.has(m));
  const injected = new Set(wants.injected);
  return {
    // Anything else registered is a removed site's, or left over from an earlier version.
    unregister: registered
      .filter((s) => (s.id === FOCUS_BRIDGE_ID ? bridgeMatches.length === 0 : !hookIds.has(s.id)))
      .map((s) => s.id),
    registerHooks: wants.sites.filter((site) => !registeredIds.has(hookIdFor(site))),
    bridge: bridgeMatches.length === 0 || unchanged ? null : { action: current ? 'update' : 'register', matches: bridgeMatches },
    inject: bridgeMatches.filter((m) => !injected.has(m)),
    injectedAfter: bridgeMatches,
  };
}
