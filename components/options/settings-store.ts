import { create } from 'zustand';
import { sendMessage, type SaveSettingsResult } from '@/lib/messaging/protocol';
import type { SectionProblem } from '@/lib/settings/section';
import { SECTION_NAMES, type SectionName } from '@/lib/settings/sections';
import type { Settings, StoredSettings } from '@/lib/settings/settings';
import { loadStoredSettings } from '@/lib/settings/store';
import type { FieldErrors } from '@/lib/settings/validate';

export interface SectionStatus {
  kind: 'saved' | 'error' | 'saving';
  text: string;
}

interface OptionsState {
  /** What is stored, live (a change from another page or machine shows up here). */
  stored?: StoredSettings;
  /** What each section's editor shows; saved per section, whole or not at all. */
  drafts: Partial<Settings>;
  dirty: Partial<Record<SectionName, boolean>>;
  errors: Partial<Record<SectionName, FieldErrors>>;
  status: Partial<Record<SectionName, SectionStatus>>;
  /** New stored settings: sections without unsaved edits show them at once. */
  receive: (stored: StoredSettings) => void;
  /** Applies an edit to a copy of the section's draft; the edited field's error goes away. */
  edit: <N extends SectionName>(name: N, change: (draft: Settings[N]) => void, path?: string) => void;
  /** Asks the background to save the section's draft. */
  save: (name: SectionName, moveTo?: Record<string, string>) => Promise<boolean>;
  /** Shows a result that came from elsewhere (adding an app saves at once). */
  report: (name: SectionName, result: SaveSettingsResult, savedText: string) => void;
  /**
   * Self-hosted apps are added and removed at once, not with the section's Save: the draft takes
   * the stored list, keeping its other unsaved edits, so a later Save cannot bring a removed app back.
   */
  adoptCustomSites: () => Promise<void>;
  /** The same for webhooks, added and removed at once under Delivery channels. */
  adoptWebhooks: () => Promise<void>;
}

export const useOptions = create<OptionsState>()((set, get) => ({
  drafts: {},
  dirty: {},
  errors: {},
  status: {},
  receive: (stored) =>
    set((s) => {
      const drafts = { ...s.drafts };
      for (const name of SECTION_NAMES) if (!s.dirty[name]) Object.assign(drafts, { [name]: structuredClone(stored.settings[name]) });
      return { stored, drafts };
    }),
  edit: (name, change, path) =>
    set((s) => {
      const current = s.drafts[name];
      if (current === undefined) return s;
      const draft = structuredClone(current);
      change(draft);
      const errors: FieldErrors = { ...(s.errors[name] ?? {}) };
      if (path) delete errors[path];
      return {
        drafts: { ...s.drafts, [name]: draft },
        dirty: { ...s.dirty, [name]: true },
        errors: { ...s.errors, [name]: errors },
        status: { ...s.status, [name]: undefined },
      };
    }),
  save: async (name, moveTo) => {
    const value = get().drafts[name];
    if (value === undefined) return false;
    set((s) => ({ status: { ...s.status, [name]: { kind: 'saving', text: 'Saving…' } } }));
    let result: SaveSettingsResult;
    try {
      result = await sendMessage('saveSettings', { section: name, value, ...(moveTo ? { moveTo } : {}) });
    } catch {
      result = { ok: false, errors: {}, message: 'Nothing was saved: Heads Down could not reach its background. Try again.' };
    }
    if (result.ok) {
      set((s) => ({ dirty: { ...s.dirty, [name]: false } }));
      // Shows the section as stored (digest times in order, names trimmed), whatever came first.
      get().receive(await loadStoredSettings());
    }
    get().report(name, result, 'Saved.');
    return result.ok;
  },
  adoptCustomSites: async () => {
    const stored = await loadStoredSettings();
    set((s) => ({ stored, drafts: { ...s.drafts, sites: { ...(s.drafts.sites ?? stored.settings.sites), custom: stored.settings.sites.custom } } }));
  },
  adoptWebhooks: async () => {
    const stored = await loadStoredSettings();
    const { webhooks, defaultChannelId } = stored.settings.delivery;
    set((s) => ({ stored, drafts: { ...s.drafts, delivery: { ...(s.drafts.delivery ?? stored.settings.delivery), webhooks, defaultChannelId } } }));
  },
  report: (name, result, savedText) =>
    set((s) => ({
      errors: { ...s.errors, [name]: result.ok ? {} : result.errors },
      status: { ...s.status, [name]: result.ok ? { kind: 'saved', text: savedText } : { kind: 'error', text: result.message } },
    })),
}));

/** The words for a section whose stored value could not be read. */
export function describeProblem(title: string, problem: SectionProblem): string {
  const why = problem === 'newer' ? 'a newer version of Heads Down saved them' : 'they are damaged';
  return `Your saved ${title} settings could not be read (${why}), so the defaults are in use. Saving this section replaces them with what you see here.`;
}
