import { describe, expect, test } from 'vitest';
import { migrateSettings } from '@/lib/settings/migrations';
import { readSettings, SETTINGS_VERSION, validateSettings, type Settings } from '@/lib/settings/schema';

// One stored example per settings version ever shipped: each must keep migrating to the current one.
const EXAMPLES = import.meta.glob<unknown>('./examples/v*.json', { eager: true, import: 'default' });
const example = (version: number) => structuredClone(EXAMPLES[`./examples/v${version}.json`]);

const V2 = example(2) as Omit<Settings, 'version' | 'sites' | 'quiet'>;
const V3 = example(3) as Settings;
/** What v3 added, with the values an upgraded user starts from. */
const ADDED_IN_V3: Pick<Settings, 'version' | 'sites' | 'quiet'> = {
  version: 3,
  sites: { disabledPresets: [], custom: [] },
  quiet: { muteTabs: true, hideUnreadCounts: true },
};

/** What a user who stored each example must find after upgrading; frozen like the versions themselves. */
const EXPECTED: Record<number, Settings> = {
  1: {
    ...ADDED_IN_V3,
    focus: { defaultMinutes: 25 },
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
    status: { template: "Heads down until {until} — I'll reply after. Urgent? Call or write “urgent”." },
  },
  2: { ...V2, ...ADDED_IN_V3 },
  3: V3,
};

describe('settings examples', () => {
  test('there is one example for every version up to the current one, and no other', () => {
    const versions = Array.from({ length: SETTINGS_VERSION }, (_, i) => `./examples/v${i + 1}.json`);
    expect(Object.keys(EXAMPLES).sort()).toEqual(versions.sort());
  });

  test.each(Object.keys(EXAMPLES).map((path) => ({ name: path.slice('./examples/'.length), version: Number(/v(\d+)/.exec(path)![1]) })))(
    '$name is stored as version $version',
    ({ version }) => {
      expect((example(version) as { version: unknown }).version).toBe(version);
    },
  );
});

describe('the migration chain', () => {
  const rows = Array.from({ length: SETTINGS_VERSION }, (_, i) => ({ name: `v${i + 1}`, version: i + 1 }));

  test.each(rows)('$name reads as a valid current-version object that keeps the user\'s values', ({ version }) => {
    const settings = readSettings(example(version));
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(validateSettings(settings)).toEqual({ ok: true, settings });
    expect(settings).toEqual(EXPECTED[version]);
  });

  test.each(rows)('$name migrated twice is the same as once', ({ version }) => {
    const once = migrateSettings(example(version));
    expect(migrateSettings(structuredClone(once))).toEqual(once);
  });

  test('migrating does not change the stored object it is given', () => {
    const stored = example(1);
    migrateSettings(stored);
    expect(stored).toEqual(example(1));
  });

  test("v1's 25-minute default survives into the current version", () => {
    expect(readSettings(example(1)).focus.defaultMinutes).toBe(25);
  });
});
