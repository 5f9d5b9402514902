import { addDays, addHours } from 'date-fns';
import type { WorkingHours } from '../time/business-time';
import { parseTypedTime } from '../time/typed-time';
import { atWallTime, parseWallTime } from '../time/wall-time';

export type SnoozeChoice = 'hour' | 'after-block' | 'tomorrow' | 'typed';

export interface SnoozeContext {
  now: Date;
  hours: WorkingHours;
  /** The current block's end, when focus is on. */
  focusUntil?: Date;
}

export type SnoozeTime = { ok: true; at: Date } | { ok: false; error: string };

/**
 * When a snooze ends. "1 hour" is an hour of real time (across a DST change too); "after this
 * block" is the block's end, and means nothing outside a block; "tomorrow morning" is tomorrow
 * at the opening of the working day, on the wall clock; a typed time goes through the product's
 * one parser of typed times.
 */
export function getSnoozeEnd(choice: SnoozeChoice, context: SnoozeContext, typed = ''): SnoozeTime {
  const { now } = context;
  switch (choice) {
    case 'hour':
      return { ok: true, at: addHours(now, 1) };
    case 'after-block':
      return context.focusUntil && context.focusUntil > now ? { ok: true, at: context.focusUntil } : { ok: false, error: 'No focus block is on.' };
    case 'tomorrow': {
      const open = parseWallTime(context.hours.start) ?? 9 * 60;
      return { ok: true, at: atWallTime(addDays(now, 1), open) };
    }
    case 'typed': {
      const read = parseTypedTime(typed, { now, hours: context.hours });
      return read.ok ? { ok: true, at: read.at } : { ok: false, error: read.error };
    }
  }
}
