import { z } from 'zod';
import { DEFAULT_STATUS_TEMPLATE } from '../focus/status-message';
import { MAX_FOCUS_MINUTES, MIN_FOCUS_MINUTES } from '../focus/session';
import { validateSchedule } from '../focus/validate-schedule';
import { parseWallTime } from '../focus/wall-time';
import { migrateSettings } from './migrations';

export const SETTINGS_VERSION = 3;

const wallTime = z.string().refine((t) => parseWallTime(t) !== undefined, 'Use a time like 09:00.');
const weekday = z.literal([0, 1, 2, 3, 4, 5, 6], 'Pick a weekday.');
const timeBlock = z.object({ start: z.string(), end: z.string() });

const scheduleSchema = z
  .object({
    enabled: z.boolean(),
    weekly: z.array(z.array(timeBlock).max(12)).length(7),
    meetingFreeDays: z.array(weekday).max(7),
    exceptions: z
      .array(z.object({ date: z.string(), skipScheduled: z.boolean(), blocks: z.array(timeBlock).max(12) }))
      .max(366),
  })
  .superRefine((schedule, ctx) => {
    for (const problem of validateSchedule(schedule as Parameters<typeof validateSchedule>[0])) {
      ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
    }
  });

export const settingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  focus: z.object({
    defaultMinutes: z
      .number({ error: 'Enter a number of minutes.' })
      .int('Use whole minutes.')
      .min(MIN_FOCUS_MINUTES, `At least ${MIN_FOCUS_MINUTES} minute.`)
      .max(MAX_FOCUS_MINUTES, `At most ${MAX_FOCUS_MINUTES} minutes.`),
  }),
  schedule: scheduleSchema,
  businessHours: z
    .object({ start: wallTime, end: wallTime, days: z.array(weekday).max(7) })
    .refine((h) => parseWallTime(h.start)! < parseWallTime(h.end)!, { message: 'The day must end after it starts.', path: ['end'] }),
  lockdown: z.object({
    enabled: z.boolean(),
    delaySeconds: z.number({ error: 'Enter a number of seconds.' }).int('Use whole seconds.').min(0).max(600, 'At most 600 seconds.'),
    maxEarlyEndsPerDay: z.number({ error: 'Enter a number.' }).int('Use a whole number.').min(0).max(50).nullable(),
  }),
  status: z.object({
    template: z.string().trim().min(1, 'Write a status message.').max(300, 'Keep it under 300 characters.'),
  }),
  sites: z.object({
    /** Preset ids (lib/sites/presets.ts) the user turned off. */
    disabledPresets: z.array(z.string().max(40)).max(50),
    custom: z
      .array(z.object({ id: z.string().min(1).max(40), name: z.string().trim().min(1, 'Name the app.').max(80), pattern: z.string().max(300) }))
      .max(100),
  }),
  quiet: z.object({ muteTabs: z.boolean(), hideUnreadCounts: z.boolean() }),
});

export type Settings = z.infer<typeof settingsSchema>;

const WORKDAYS = [1, 2, 3, 4, 5] as const;
const FOCUS_DAY = [
  { start: '09:00', end: '13:00' },
  { start: '15:00', end: '17:00' },
];

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  focus: { defaultMinutes: 50 },
  // Mon–Fri 9–13 and 15–17, off until the user turns it on.
  schedule: {
    enabled: false,
    weekly: [0, 1, 2, 3, 4, 5, 6].map((day) => (WORKDAYS.includes(day as 1) ? FOCUS_DAY.map((b) => ({ ...b })) : [])),
    meetingFreeDays: [],
    exceptions: [],
  },
  businessHours: { start: '09:00', end: '17:00', days: [...WORKDAYS] },
  lockdown: { enabled: false, delaySeconds: 10, maxEarlyEndsPerDay: null },
  status: { template: DEFAULT_STATUS_TEMPLATE },
  sites: { disabledPresets: [], custom: [] },
  quiet: { muteTabs: true, hideUnreadCounts: true },
};

/**
 * Stored settings as the app should use them: older versions are migrated; missing or unreadable
 * settings fall back to the defaults rather than breaking focus. User edits are validated before
 * they are saved.
 */
export function readSettings(raw: unknown): Settings {
  return readStoredSettings(raw).settings;
}

export interface StoredSettings {
  settings: Settings;
  /**
   * Something is stored that cannot be read (saved by a newer version, or damaged): the defaults
   * stand in for it, and the options page says so before a save replaces it.
   */
  unreadable: boolean;
}

export function readStoredSettings(raw: unknown): StoredSettings {
  const parsed = settingsSchema.safeParse(migrateSettings(raw));
  if (parsed.success) return { settings: parsed.data, unreadable: false };
  // A copy, so that a caller editing its settings can never change the defaults.
  return { settings: structuredClone(DEFAULT_SETTINGS), unreadable: raw !== undefined && raw !== null };
}

export type SettingsValidation = { ok: true; settings: Settings } | { ok: false; errors: Record<string, string> };

/** Validates a whole settings object; errors are keyed by dotted path ("focus.defaultMinutes"). */
export function validateSettings(candidate: unknown): SettingsValidation {
  const parsed = settingsSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, settings: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.join('.');
    errors[key] ??= issue.message;
  }
  return { ok: false, errors };
}
