import { createPageDraftStore } from './question-draft';

// The digest's composer has a draft of its own, so a question half-written in the popup stays there.
// Reply later fills it (components/digest/reply-later.ts). A module of its own, so the digest's
// list can fill it without loading the composer, which the page loads after the list.
export const digestDraft = createPageDraftStore();
