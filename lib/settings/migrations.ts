import { DEFAULT_STATUS_TEMPLATE } from '../focus/status-message';

type Stored = Record<string, unknown> & { version?: unknown };

/**
 * Each step turns version N into N+1 and nothing else. A version is never edited once shipped;
 * a change to settings adds a step here, an example to tests/lib/settings/examples, and bumps
 * SETTINGS_VERSION.
 */
const STEPS: Record<number, (s: Stored) => Stored> = {
  // v2: the weekly schedule, business hours, lockdown and the status template arrive.
  1: (s) => ({
    ...s,
    version: 2,
    schedule: {
      enabled: false,
      weekly: [0, 1, 2, 3, 4, 5, 6].map((day) =>
        day >= 1 && day <= 5
          ? [
              { start: '09:00', end: '13:00' },
              { start: '15:00', end: '17:00' },
            ]
          : [],
      ),
      meetingFreeDays: [],
      exceptions: [],
    },
    businessHours: { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] },
    lockdown: { enabled: false, delaySeconds: 10, maxEarlyEndsPerDay: null },
    status: { template: DEFAULT_STATUS_TEMPLATE },
  }),
  // v3: sites (presets can be turned off, self-hosted apps added) and quiet tabs.
  2: (s) => ({
    ...s,
    version: 3,
    sites: { disabledPresets: [], custom: [] },
    quiet: { muteTabs: true, hideUnreadCounts: true },
  }),
};

/** Brings stored settings of any known version up to the current one; anything else is returned as is. */
export function migrateSettings(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object') return raw;
  let current = raw as Stored;
  for (let guard = 0; guard < 100; guard++) {
    const step = typeof current.version === 'number' ? STEPS[current.version] : undefined;
    if (!step) return current;
    current = step(current);
  }
  return current;
}
