import { z } from 'zod';
import { MAX_FOCUS_MINUTES, MIN_FOCUS_MINUTES } from '../focus/session';

export const SETTINGS_VERSION = 1;

export const settingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  focus: z.object({
    defaultMinutes: z
      .number({ error: 'Enter a number of minutes.' })
      .int('Use whole minutes.')
      .min(MIN_FOCUS_MINUTES, `At least ${MIN_FOCUS_MINUTES} minute.`)
      .max(MAX_FOCUS_MINUTES, `At most ${MAX_FOCUS_MINUTES} minutes.`),
  }),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  focus: { defaultMinutes: 50 },
};

/**
 * Stored settings as the app should use them: missing or unreadable settings fall back to the
 * defaults rather than breaking focus. Validation of user edits happens before saving.
 */
export function readSettings(raw: unknown): Settings {
  const parsed = settingsSchema.safeParse(raw);
  // A copy, so that a caller editing its settings can never change the defaults.
  return parsed.success ? parsed.data : structuredClone(DEFAULT_SETTINGS);
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
