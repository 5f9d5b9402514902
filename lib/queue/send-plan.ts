import { nextDigestMoment } from '../digest/digest-times';
import type { WorkingHours } from '../time/business-time';
import type { QueuedQuestion } from './question';

export interface Block {
  start: number;
  end: number;
}

export interface SendInput {
  now: Date;
  queued: readonly Pick<QueuedQuestion, 'id' | 'send' | 'createdAt'>[];
  focus: { on: false } | { on: true; until: Date };
  /** Focus blocks that ended recently (their actual start and end), to know when a moment came. */
  endedBlocks: readonly Block[];
  digestTimes: readonly string[];
  hours: WorkingHours;
}

export interface SendPlan {
  /** Questions whose moment has come, with that moment (a late one says so by it). */
  due: { id: number; moment: number }[];
  /** When the next question's moment comes (the outbox alarm). */
  nextAt?: Date;
}

/** A moment that falls inside a focus block comes when that block ends: the sender is heads down. */
function outsideFocus(moment: number, blocks: readonly Block[]): number {
  const block = blocks.find((b) => b.start <= moment && moment < b.end);
  return block ? block.end : moment;
}

/**
 * Which queued questions go out now, and when the next one does. A question leaves at its send
 * moment: when the block it was written in ends (the default; at once outside focus), at the next
 * digest time, or not before a chosen time; never during the sender's own focus, unless they
 * pressed Send now. The moment is kept, so a question whose moment passed while the browser was
 * closed can be told apart from one on time.
 */
export function planQuestionSends({ now, queued, focus, endedBlocks, digestTimes, hours }: SendInput): SendPlan {
  const t = now.getTime();
  const blocks = [...endedBlocks].sort((a, b) => a.start - b.start);
  const due: SendPlan['due'] = [];
  let nextAt: number | undefined;
  for (const q of queued) {
    if (q.id === undefined) continue;
    if (q.send.at === 'now') {
      due.push({ id: q.id, moment: t });
      continue;
    }
    let moment: number | undefined;
    if (q.send.at === 'block-end') moment = blocks.find((b) => b.end > q.createdAt && b.start <= q.createdAt)?.end ?? q.createdAt;
    else if (q.send.at === 'digest-time') moment = nextDigestMoment(new Date(q.createdAt), digestTimes, hours)?.getTime();
    else moment = q.send.time;
    if (moment === undefined) moment = q.createdAt; // no digest time set: like the block end
    moment = outsideFocus(moment, blocks);
    if (focus.on) {
      // Held back until this block ends, or later if its moment is later.
      const at = Math.max(moment, focus.until.getTime());
      nextAt = Math.min(nextAt ?? Infinity, at);
    } else if (moment <= t) due.push({ id: q.id, moment });
    else nextAt = Math.min(nextAt ?? Infinity, moment);
  }
  return { due, ...(nextAt !== undefined ? { nextAt: new Date(nextAt) } : {}) };
}
