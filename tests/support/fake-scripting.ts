import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';

type Registered = Browser.scripting.RegisteredContentScript;

/**
 * In memory, what the browser's scripting API does with registrations (WXT's fake browser has
 * none): ids must be unique, updates need an existing id. Injections are recorded, not run.
 * Every host counts as granted unless a test says otherwise.
 */
export function installFakeScripting() {
  const registered = new Map<string, Registered>();
  const injections: { tabId: number; files: string[]; world?: string }[] = [];
  const scripting = fakeBrowser.scripting as unknown as Record<string, unknown>;
  scripting.getRegisteredContentScripts = async (filter?: { ids?: string[] }) =>
    [...registered.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)).map((s) => structuredClone(s));
  scripting.registerContentScripts = async (scripts: Registered[]) => {
    for (const s of scripts) if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
    for (const s of scripts) registered.set(s.id, structuredClone(s));
  };
  scripting.updateContentScripts = async (scripts: Registered[]) => {
    for (const s of scripts) {
      const current = registered.get(s.id);
      if (!current) throw new Error(`No script with ID '${s.id}'`);
      registered.set(s.id, { ...current, ...structuredClone(s) });
    }
  };
  scripting.unregisterContentScripts = async (filter?: { ids?: string[] }) => {
    for (const id of filter?.ids ?? [...registered.keys()]) registered.delete(id);
  };
  scripting.executeScript = async (injection: { target: { tabId: number }; files?: string[]; world?: string }) => {
    injections.push({ tabId: injection.target.tabId, files: injection.files ?? [], world: injection.world });
    return [];
  };
  (fakeBrowser.permissions as unknown as Record<string, unknown>).contains = async () => true;
  return { registered, injections };
}
