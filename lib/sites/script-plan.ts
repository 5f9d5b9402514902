import type { CustomSite } from './custom-site';

/** A self-hosted app's hook: registered for as long as the app is added and its host granted. */
export const hookIdFor = (site: Pick<CustomSite, 'id'>) => `hook-${site.id}`;
/**
 * While notifications are held (focus, or batching), two scripts are registered for every frame
 * of the covered pages that load: the relay ("bridge"; the id keeps its first name, registrations
 * persist) at document_idle, and the hold script (lib/capture/hold-hub.ts) in the page's world at
 * document_start, so the hook holds from the first moment and what it captures waits for the
 * relay. An isolated world at document_start would make every page load during focus pay for it.
 */
export const FOCUS_BRIDGE_ID = 'bridge-during-focus';
export const HOLD_SCRIPT_ID = 'hold-during-focus';
export const HOLDING_SCRIPTS = { [HOLD_SCRIPT_ID]: 'document_start', [FOCUS_BRIDGE_ID]: 'document_idle' } as const;
export type HoldingScriptId = keyof typeof HOLDING_SCRIPTS;

export interface RegisteredScript {
  id: string;
  matches?: string[];
  runAt?: string;
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
  /** The holding scripts to register anew or to bring up to date (matches, or when they run). */
  place: { id: HoldingScriptId; action: 'register' | 'update' }[];
  /** What they match: every app not turned off. */
  matches: string[];
  /** Pages open under these patterns have no bridge yet and need one injected now. */
  inject: string[];
  /** What `injected` is once this plan is carried out. */
  injectedAfter: string[];
}

/**
 * What to change so that the registered content scripts are exactly what the settings, the
 * granted hosts and holding call for. A hook for every self-hosted app, always (outside focus it
 * passes everything through, so it must be in place before a block starts). The holding scripts
 * only while notifications are held, for every app not turned off; open pages under them that have
 * not had the bridge injected yet get it now, so a step missed once (a worker stopped half-way) is
 * made up next time.
 */
export function planContentScripts(registered: readonly RegisteredScript[], wants: ScriptWants): ScriptPlan {
  const hookIds = new Set(wants.sites.map(hookIdFor));
  const registeredIds = new Set(registered.map((s) => s.id));
  const matches = wants.holding ? [...new Set([...wants.presetMatches, ...wants.sites.map((s) => s.pattern)])] : [];
  const isHoldingScript = (id: string): id is HoldingScriptId => id in HOLDING_SCRIPTS;
  const isCurrent = (script: RegisteredScript) => {
    const before = new Set(script.matches ?? []);
    return before.size === matches.length && matches.every((m) => before.has(m)) && script.runAt === HOLDING_SCRIPTS[script.id as HoldingScriptId];
  };
  const place =
    matches.length === 0
      ? []
      : (Object.keys(HOLDING_SCRIPTS) as HoldingScriptId[]).flatMap((id): ScriptPlan['place'] => {
          const current = registered.find((s) => s.id === id);
          if (!current) return [{ id, action: 'register' }];
          return isCurrent(current) ? [] : [{ id, action: 'update' }];
        });
  const injected = new Set(wants.injected);
  return {
    // Anything else registered is a removed site's, or left over from an earlier version.
    unregister: registered.filter((s) => (isHoldingScript(s.id) ? matches.length === 0 : !hookIds.has(s.id))).map((s) => s.id),
    registerHooks: wants.sites.filter((site) => !registeredIds.has(hookIdFor(site))),
    place,
    matches,
    inject: matches.filter((m) => !injected.has(m)),
    injectedAfter: matches,
  };
}
