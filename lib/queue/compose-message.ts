import { findTier, formatResponseTime, type TierSettings } from '../sla/tiers';
import { echoTime } from '../time/typed-time';
import type { QueuedQuestion } from './question';
import { renderQuestionBody } from './templates';

/** One message to one person on one channel: the questions released together for them. */
export interface ComposedMessage {
  recipient: string;
  channelId: string;
  questionIds: number[];
  /** Plain text, the same words on every channel (channels add only their envelope). */
  text: string;
  subject: string;
}

const firstName = (recipient: string) => recipient.replace(/^@/, '').split(/[\s,]+/)[0] || recipient;

function contextLines(q: QueuedQuestion): string[] {
  const lines: string[] = [];
  const c = q.context;
  if (c?.quote) lines.push(...c.quote.split('\n').slice(0, 12).map((l) => `> ${l}`));
  if (c?.title || c?.url) lines.push(`Context: ${[c.title, c.url].filter(Boolean).join(' — ')}`);
  return lines;
}

/**
 * Questions to the same person on the same channel, released together, become one message: a
 * greeting, the questions numbered with their context, and one "needed by" line (the earliest)
 * in the tier's words. Blocking questions come first and say so.
 */
export function composeMessages(questions: readonly QueuedQuestion[], tiers: TierSettings, locale?: string): ComposedMessage[] {
  const groups = new Map<string, QueuedQuestion[]>();
  for (const q of questions) {
    const key = `${q.channelId}\u0000${q.recipient.trim().toLowerCase()}`;
    groups.set(key, [...(groups.get(key) ?? []), q]);
  }
  return [...groups.values()].map((group) => {
    const sorted = [...group].sort((a, b) => Number(b.blocking) - Number(a.blocking) || a.neededBy - b.neededBy || a.createdAt - b.createdAt);
    const many = sorted.length > 1;
    const body = sorted.flatMap((q, i) => {
      const [head = '', ...rest] = renderQuestionBody(q.template, q.text, q.parts);
      const indent = many ? '   ' : '';
      return [`${many ? `${i + 1}. ` : ''}${head}`, ...[...rest, ...contextLines(q)].map((l) => indent + l)];
    });
    const earliest = sorted.reduce((a, b) => (b.neededBy < a.neededBy ? b : a));
    const tier = findTier(tiers, earliest.tierId);
    const blocking = sorted.some((q) => q.blocking);
    const need = `Needed by ${echoTime(new Date(earliest.neededBy), locale)} (${tier.name}: ${formatResponseTime(tier.response)}).${blocking ? ' This is blocking me.' : ''}`;
    const greeting = `Hi ${firstName(sorted[0]!.recipient)}, ${many ? `${sorted.length} questions` : 'a question'} when you have a moment:`;
    return {
      recipient: sorted[0]!.recipient,
      channelId: sorted[0]!.channelId,
      questionIds: sorted.map((q) => q.id!),
      text: [greeting, '', ...body, '', need].join('\n'),
      subject: `${many ? `${sorted.length} questions` : 'A question'} — needed by ${echoTime(new Date(earliest.neededBy), locale)}`,
    };
  });
}
