import { create } from 'zustand';
import { EMPTY_FILTER, type DigestFilter } from '@/lib/digest/digest-filter';

/** What the digest page shows and where the cursor is: UI state only, nothing stored. */
interface DigestUiState {
  filter: DigestFilter;
  cursor?: string;
  /** The entries listed when the cursor was last placed: where it goes when its row leaves. */
  listed: readonly string[];
  /** The entry whose snooze choices are open. */
  snoozing?: string;
  expanded: ReadonlySet<string>;
  showKeys: boolean;
  /** How many pages of the history are read (Show older handled items adds one). */
  historyPages: number;
  /** The last Mark all handled, while it can be undone. */
  undo?: { ids: number[]; count: number };
  setFilter: (change: Partial<DigestFilter>) => void;
  setCursor: (key: string | undefined) => void;
  setListed: (listed: readonly string[], cursor: string | undefined) => void;
  setSnoozing: (key: string | undefined) => void;
  toggleExpanded: (key: string) => void;
  setShowKeys: (show: boolean) => void;
  showMoreHistory: () => void;
  setUndo: (undo: DigestUiState['undo']) => void;
}

export const useDigestUi = create<DigestUiState>()((set) => ({
  filter: EMPTY_FILTER,
  expanded: new Set(),
  listed: [],
  showKeys: false,
  historyPages: 1,
  setFilter: (change) => set((s) => ({ filter: { ...s.filter, ...change } })),
  setCursor: (cursor) => set({ cursor }),
  setListed: (listed, cursor) => set({ listed, cursor }),
  setSnoozing: (snoozing) => set({ snoozing }),
  toggleExpanded: (key) =>
    set((s) => {
      const expanded = new Set(s.expanded);
      if (!expanded.delete(key)) expanded.add(key);
      return { expanded };
    }),
  setShowKeys: (showKeys) => set({ showKeys }),
  showMoreHistory: () => set((s) => ({ historyPages: s.historyPages + 1 })),
  setUndo: (undo) => set({ undo }),
}));
