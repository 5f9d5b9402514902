import { createContext, useContext } from 'react';
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { QuestionContext } from '@/lib/queue/question';
import type { TemplateId } from '@/lib/queue/templates';

/** What the composer holds while the user writes: words as typed, times as typed. */
export interface QuestionDraft {
  template: TemplateId;
  text: string;
  parts: Record<string, string>;
  recipient: string;
  channelId: string;
  tierId: string;
  blocking: boolean;
  neededBy: string;
  /** Unset: the send moment chosen in Delivery channels. */
  sendAt?: 'block-end' | 'digest-time' | 'not-before';
  sendTime: string;
  context?: QuestionContext;
  /** Editing this queued question rather than writing a new one. */
  editingId?: number;
}

export const emptyDraft = (over: Partial<QuestionDraft> = {}): QuestionDraft => ({
  template: 'plain',
  text: '',
  parts: {},
  recipient: '',
  channelId: '',
  tierId: '',
  blocking: false,
  neededBy: '',
  sendTime: '',
  ...over,
});

interface DraftState {
  draft: QuestionDraft;
  errors: Record<string, string>;
  set: (change: Partial<QuestionDraft>, field?: string) => void;
  setErrors: (errors: Record<string, string>) => void;
  reset: (draft?: QuestionDraft) => void;
}

const actions = (set: (fn: (s: DraftState) => Partial<DraftState>) => void): DraftState => ({
  draft: emptyDraft(),
  errors: {},
  set: (change, field) =>
    set((s) => {
      const errors = { ...s.errors };
      if (field) delete errors[field];
      return { draft: { ...s.draft, ...change }, errors };
    }),
  setErrors: (errors) => set(() => ({ errors })),
  reset: (draft = emptyDraft()) => set(() => ({ draft, errors: {} })),
});

type DraftStore = UseBoundStore<StoreApi<DraftState>>;
let popupDraftStore: DraftStore | undefined;

/**
 * The popup composer's draft outlives the popup: clicking outside closes it, and a half-written
 * question must not vanish with it. Errors are transient and not kept. Made on first use: the
 * first touch of localStorage blocks the page (50–150 ms measured on the digest), so pages with
 * a draft of their own never pay it.
 */
function getPopupDraftStore(): DraftStore {
  popupDraftStore ??= create<DraftState>()(
    persist((set) => actions(set), {
      name: 'heads-down-question-draft-v2',
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ draft: s.draft }),
    }),
  );
  return popupDraftStore;
}

/** A draft of its own for a page that opens prefilled (Ask later…), so the popup's stays as it was. */
export const createPageDraftStore = () => create<DraftState>()((set) => actions(set));

/** The draft of the composers below it; none provided: the popup's. */
export const DraftStoreContext = createContext<DraftStore | undefined>(undefined);

export function useQuestionDraft<T = DraftState>(select?: (s: DraftState) => T): T {
  const store = useContext(DraftStoreContext) ?? getPopupDraftStore();
  return store(select ?? ((s) => s as unknown as T));
}
