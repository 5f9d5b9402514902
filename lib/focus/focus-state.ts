import type { FocusSession } from './session';

export type FocusState =
  | { on: false }
  | { on: true; until: Date; sessionIds: number[] };

/**
 * Is focus on at `now`, and until when? A pure function of the stored sessions and the clock.
 * Sessions that overlap or touch are one block: focus lasts until the last of them ends.
 */
export function getFocusState(sessions: readonly FocusSession[], now: Date): FocusState {
  const t = now.getTime();
  const running = sessions
    .filter((s) => s.status === 'active' && s.plannedEnd > t)
    .sort((a, b) => a.start - b.start);
  const current = running.filter((s) => s.start <= t);
  if (current.length === 0) return { on: false };
  let until = Math.max(...current.map((s) => s.plannedEnd));
  const ids = current.map((s) => s.id ?? -1);
  for (const s of running) {
    if (s.start > t && s.start <= until) {
      until = Math.max(until, s.plannedEnd);
      ids.push(s.id ?? -1);
    }
  }
  return { on: true, until: new Date(until), sessionIds: ids };
}
