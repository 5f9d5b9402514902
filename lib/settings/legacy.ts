import { DEFAULT_STATUS_TEMPLATE } from '../focus/status-message';

import type { SectionProblem } from './section';

type Stored = Record<string, unknown> & { version?: unknown };

/**
 * Before settings were stored in sections (lib/settings/sections), they were one object under
 * the key `settings`, in versions 1 to 3. These steps are frozen: they only bring what such a
 * user stored up to version 3, which is then split into sections (see readLegacyParts).
 */
export const LEGACY_SETTINGS_KEY = 'settings';
export const LAST_LEGACY_VERSION = 3;
/** The sections a legacy object holds; the others came later and start from their defaults. */
export const LEGACY_SECTIONS: readonly string[] = ['focus', 'schedule', 'businessHours', 'lockdown', 'status', 'sites', 'quiet'];

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

/** Brings a legacy object of any known version up to version 3; anything else is returned as is. */
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

/**
 * The sections a legacy object holds (by section name, not yet validated), or why it cannot be
 * read. Business hours gained holidays with sections.
 */
export function readLegacyParts(raw: unknown): { parts: Record<string, unknown> } | { problem: SectionProblem } {
  const migrated = migrateSettings(raw) as Stored | undefined;
  const version = migrated && typeof migrated === 'object' ? migrated.version : undefined;
  if (version !== LAST_LEGACY_VERSION) return { problem: typeof version === 'number' && version > LAST_LEGACY_VERSION ? 'newer' : 'damaged' };
  const parts = Object.fromEntries(LEGACY_SECTIONS.map((name) => [name, migrated![name]]));
  const hours = parts.businessHours;
  if (hours && typeof hours === 'object') parts.businessHours = { holidays: [], ...hours };
  return { parts };
}
