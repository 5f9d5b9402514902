import type { FocusState } from '../focus/focus-state';
import type { HoldState } from '../hold/hold-state';

/** Every alarm the background uses, by name. Each has its own small handler. */
export const ALARM = {
  /** The current block ends: a full sync. */
  focusEnd: 'focus-end',
  /** The next scheduled block starts: a full sync. */
  focusStart: 'focus-start',
  /** Batching starts or stops (working hours open or close): a full sync. */
  holdChange: 'hold-change',
  /** The next release (a digest, or an item due soon): what is due, without a sync. */
  release: 'release',
  /** A question's moment, a retry, a needed-by passing: what is due, without a sync. */
  outbox: 'outbox',
  /** Minutes left on the badge during focus: the badge and tooltip only. */
  badgeTick: 'badge-tick',
  /** A slow heartbeat for what no event reports (a changed time zone, a clock jump): a full sync. */
  resync: 'resync',
  /** Retention: delete what the Data & privacy section no longer keeps. */
  prune: 'prune',
} as const;

export type AlarmName = (typeof ALARM)[keyof typeof ALARM];
export type AlarmSpec = { when: number } | { periodInMinutes: number };
export type AlarmPlan = Record<AlarmName, AlarmSpec | null>;

export interface AlarmWants {
  focus: FocusState;
  hold: HoldState;
  /** From the release plan. */
  releaseAt?: Date;
  /** From the outbox executor. */
  outboxAt?: Date;
}

/** The alarms that should exist, each with its time (null: it should not exist). */
export function planAlarms({ focus, hold, releaseAt, outboxAt }: AlarmWants): AlarmPlan {
  const batchingChange = hold.holding ? (hold.because === 'batching' ? hold.until : undefined) : hold.next;
  return {
    [ALARM.focusEnd]: focus.on ? { when: focus.until.getTime() } : null,
    [ALARM.focusStart]: !focus.on && focus.next ? { when: focus.next.getTime() } : null,
    [ALARM.holdChange]: batchingChange ? { when: batchingChange.getTime() } : null,
    [ALARM.release]: releaseAt ? { when: releaseAt.getTime() } : null,
    [ALARM.outbox]: outboxAt ? { when: outboxAt.getTime() } : null,
    [ALARM.badgeTick]: focus.on ? { periodInMinutes: 1 } : null,
    [ALARM.resync]: { periodInMinutes: 5 },
    [ALARM.prune]: { periodInMinutes: 12 * 60 },
  };
}

export interface ExistingAlarm {
  name: string;
  scheduledTime: number;
  periodInMinutes?: number;
}

/**
 * What to change so that the alarms match the plan: an alarm is created when missing or at
 * another time, cleared when it should not exist. A periodic alarm that exists is left alone, or
 * re-creating it on every sync would push its next tick back forever.
 */
export function diffAlarms(existing: readonly ExistingAlarm[], plan: AlarmPlan): { create: [AlarmName, AlarmSpec][]; clear: string[] } {
  const byName = new Map(existing.map((a) => [a.name, a]));
  const create: [AlarmName, AlarmSpec][] = [];
  const clear: string[] = [];
  for (const [name, spec] of Object.entries(plan) as [AlarmName, AlarmSpec | null][]) {
    const current = byName.get(name);
    if (!spec) {
      if (current) clear.push(name);
    } else if ('periodInMinutes' in spec ? current?.periodInMinutes !== spec.periodInMinutes : current?.scheduledTime !== spec.when || current.periodInMinutes !== undefined) {
      create.push([name, spec]);
    }
  }
  // Alarms of an earlier version that no plan names any more.
  const known = new Set<string>(Object.keys(plan));
  for (const alarm of existing) if (!known.has(alarm.name)) clear.push(alarm.name);
  return { create, clear };
}
