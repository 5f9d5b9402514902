import { create } from 'zustand';
import type { Settings } from '@/lib/settings/schema';

type Errors = Record<string, string>;

interface DraftState {
  /** The settings being edited; saved only as a whole, once valid. */
  draft?: Settings;
  /** Problems keyed by dotted path ("schedule.weekly.1.0.end"). */
  errors: Errors;
  notice: string;
  load: (settings: Settings) => void;
  /** Applies an edit to a copy of the draft; the field's old error goes away. */
  edit: (change: (draft: Settings) => void, path?: string) => void;
  setResult: (errors: Errors, notice: string) => void;
}

export const useSettingsDraft = create<DraftState>()((set) => ({
  errors: {},
  notice: '',
  load: (settings) => set({ draft: settings, errors: {}, notice: '' }),
  edit: (change, path) =>
    set((s) => {
      if (!s.draft) return s;
      const draft = structuredClone(s.draft);
      change(draft);
      const errors = { ...s.errors };
      if (path) delete errors[path];
      return { draft, errors, notice: '' };
    }),
  setResult: (errors, notice) => set({ errors, notice }),
}));

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Monday first, as most working weeks are written. */
export const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;
