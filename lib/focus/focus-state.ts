import type { Occurrence } from './schedule';
import type { FocusSession } from './session';

export type FocusState =
  | { on: false; /** When the next known block starts, if any. */ next?: Date }
  | {
      on: true;
      until: Date;
      /** Stored sessions that make up the current block (merged with any that touch it). */
      sessionIds: number[];
      /** Scheduled blocks in the current block that have no stored session yet. */
      occurrences: Occurrence[];
    };

interface Interval {
  start: number;
  end: number;
  sessionId?: number;
  occurrence?: Occurrence;
}

/**
 * Every block that can make focus on: active stored sessions (manual, or scheduled ones already
 * stored, whose end may have been extended) and scheduled blocks nobody has stored yet. A
 * scheduled block with a stored session, active or ended, is represented by that session only,
 * so a block the user ended early stays ended.
 */
function collectIntervals(sessions: readonly FocusSession[], occurrences: readonly Occurrence[]): Interval[] {
  const stored = new Set(sessions.map((s) => s.scheduleKey).filter(Boolean));
  return [
    ...sessions
      .filter((s) => s.status === 'active')
      .map((s) => ({ start: s.start, end: s.plannedEnd, sessionId: s.id })),
    ...occurrences
      .filter((o, i, all) => !stored.has(o.key) && all.findIndex((x) => x.key === o.key) === i)
      .map((o) => ({ start: o.start, end: o.end, occurrence: o })),
  ].sort((a, b) => a.start - b.start);
}

/**
 * Is focus on at `now`, and until when? A pure function of the stored sessions, the scheduled
 * blocks and the clock. Blocks that overlap or touch are one block: focus lasts until the last of
 * them ends, so a manual block that runs into a scheduled one ends at the later end.
 */
export function getFocusState(
  sessions: readonly FocusSession[],
  now: Date,
  occurrences: readonly Occurrence[] = [],
): FocusState {
  const t = now.getTime();
  const live = collectIntervals(sessions, occurrences).filter((i) => i.end > t);
  const current = live.filter((i) => i.start <= t);
  if (current.length === 0) {
    const next = live[0];
    return next ? { on: false, next: new Date(next.start) } : { on: false };
  }
  let until = Math.max(...current.map((i) => i.end));
  const chain = [...current];
  for (const interval of live) {
    if (interval.start > t && interval.start <= until) {
      until = Math.max(until, interval.end);
      chain.push(interval);
    }
  }
  return {
    on: true,
    until: new Date(until),
    sessionIds: chain.flatMap((i) => (i.sessionId === undefined ? [] : [i.sessionId])),
    occurrences: chain.flatMap((i) => (i.occurrence ? [i.occurrence] : [])),
  };
}
