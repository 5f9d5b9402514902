import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { QuestionErrors, QuestionInput } from '@/lib/queue/question';

interface DraftState {
  draft: QuestionInput;
  errors: QuestionErrors;
  setField: (field: keyof QuestionInput, value: string) => void;
  setErrors: (errors: QuestionErrors) => void;
  reset: (neededBy: string) => void;
}

/**
 * The composer's draft outlives the popup: clicking outside closes it, and a half-written question
 * must not vanish with it. Errors are transient and not persisted.
 */
export const useQuestionDraft = create<DraftState>()(
  persist(
    (set) => ({
      draft: { text: '', recipient: '', neededBy: '' },
      errors: {},
      setField: (field, value) =>
        set((s) => ({ draft: { ...s.draft, [field]: value }, errors: { ...s.errors, [field]: undefined } })),
      setErrors: (errors) => set({ errors }),
      reset: (neededBy) => set({ draft: { text: '', recipient: '', neededBy }, errors: {} }),
    }),
    {
      name: 'heads-down-question-draft',
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ draft: s.draft }),
    },
  ),
);
