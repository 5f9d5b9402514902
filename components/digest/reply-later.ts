import type { HeldNotification } from '@/lib/capture/held-notification';
import { emptyDraft } from '../queue/question-draft';
import { digestDraft } from '../queue/digest-draft';

/**
 * Reply later: the digest's composer, prefilled with the sender as the recipient and the
 * message quoted, then focused so the user types the question at once.
 */
export function replyLater(item: Pick<HeldNotification, 'app' | 'sender' | 'conversation' | 'title' | 'body' | 'pageUrl'>): void {
  const quote = [item.title, item.body].filter(Boolean).join('\n');
  digestDraft.getState().reset(
    emptyDraft({
      recipient: item.sender ?? '',
      context: { quote, title: item.conversation ? `${item.app} · ${item.conversation}` : item.app, ...(item.pageUrl ? { url: item.pageUrl } : {}) },
    }),
  );
  // After React has rendered the prefilled draft; the composer itself loads after the list, so
  // on a page just opened it may take a few frames to be there.
  const focusQuestion = (framesLeft: number) => {
    const field = document.getElementById('question');
    if (!field) return framesLeft > 0 && requestAnimationFrame(() => focusQuestion(framesLeft - 1));
    field.scrollIntoView({ block: 'center' });
    field.focus();
  };
  requestAnimationFrame(() => focusQuestion(120));
}
