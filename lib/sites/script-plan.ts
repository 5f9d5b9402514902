import type { CustomSite } from './custom-site';

/** The content scripts registered for one custom site: the hook and the bridge. */
export const scriptIdsFor = (site: Pick<CustomSite, 'id'>) => [`hook-${site.id}`, `bridge-${site.id}`];

export interface ScriptPlan {
  /** Sites whose scripts must be registered. */
  register: CustomSite[];
  /** Registered script ids that must go. */
  unregister: string[];
}

/**
 * What to change so that exactly the custom sites the user added, and still has granted, have
 * their scripts: a site whose permission was revoked loses them, a removed site too.
 */
export function planCustomScripts(registeredIds: readonly string[], sites: readonly CustomSite[], isGranted: (site: CustomSite) => boolean): ScriptPlan {
  const wanted = sites.filter(isGranted);
  const wantedIds = new Set(wanted.flatMap(scriptIdsFor));
  const registered = new Set(registeredIds);
  return {
    register: wanted.filter((site) => scriptIdsFor(site).some((id) => !registered.has(id))),
    unregister: registeredIds.filter((id) => !wantedIds.has(id)),
  };
}
