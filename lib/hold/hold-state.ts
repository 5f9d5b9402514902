import { format } from 'date-fns';
import type { FocusState } from '../focus/focus-state';
import { nextOpening, workingSpansFrom, type WorkingHours } from '../time/business-time';

/**
 * Whether notifications are held now, apart from whether focus is on: focus holds them, and so
 * does batching ("hold during working hours, deliver at digest times") when the user turns it on.
 * The hook reads this; the badge and the status line read focus.
 */
export type HoldState =
  | { holding: false; /** When holding starts next, if known. */ next?: Date }
  | {
      holding: true;
      /** Holding lasts until then: focus and working hours that touch count as one stretch. */
      until: Date;
      because: 'focus' | 'batching';
      /** Names the block (or the batching day) for the breakthrough limit: "focus:12", "batch:2026-12-02". */
      periodKey: string;
    };

export interface Batching {
  enabled: boolean;
  hours: WorkingHours;
}

export function getHoldState(focus: FocusState, batching: Batching, now: Date): HoldState {
  const t = now.getTime();
  let until = focus.on ? focus.until.getTime() : undefined;
  if (batching.enabled) {
    // Working spans that are under way, or begin before the stretch so far ends, extend it.
    for (const span of workingSpansFrom(now, batching.hours)) {
      if (span.start > (until ?? t)) break;
      until = Math.max(until ?? t, span.end);
    }
  }
  if (until !== undefined && until > t) {
    const periodKey = focus.on ? `focus:${focus.sessionIds[0] ?? focus.occurrences[0]?.key ?? focus.until.getTime()}` : `batch:${format(now, 'yyyy-MM-dd')}`;
    return { holding: true, until: new Date(until), because: focus.on ? 'focus' : 'batching', periodKey };
  }
  const starts = [!focus.on ? focus.next : undefined, batching.enabled ? nextOpening(now, batching.hours) : undefined].filter(
    (d): d is Date => d !== undefined,
  );
  return starts.length ? { holding: false, next: new Date(Math.min(...starts.map((d) => d.getTime()))) } : { holding: false };
}
