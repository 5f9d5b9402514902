import { describe, expect, test } from 'vitest';
import { DEFAULT_STATUS_TEMPLATE } from '@/lib/focus/status-message';
import { LAST_LEGACY_VERSION, LEGACY_SETTINGS_KEY, migrateSettings } from '@/lib/settings/legacy';
import { sectionKey } from '@/lib/settings/section';
import { SECTIONS } from '@/lib/settings/sections';
import { readSettings } from '@/lib/settings/settings';

// One stored example per version of the single settings object that came before sections.
const EXAMPLES = import.meta.glob<unknown>('./examples/legacy/v*.json', { eager: true, import: 'default' });
const example = (version: number) => structuredClone(EXAMPLES[`./examples/legacy/v${version}.json`]) as Record<string, unknown>;
const readLegacy = (raw: unknown) => readSettings({ [LEGACY_SETTINGS_KEY]: raw });

const V2 = example(2);
const V3 = example(3);
const defaults = <N extends keyof typeof SECTIONS>(name: N) => structuredClone(SECTIONS[name].defaults);
/** What a user who stored each example finds in the sections; frozen like the versions themselves. */
const EXPECTED: Record<number, Record<string, unknown>> = {
  1: {
    focus: { defaultMinutes: 25 },
    schedule: defaults('schedule'),
    businessHours: defaults('businessHours'),
    lockdown: defaults('lockdown'),
    status: { template: DEFAULT_STATUS_TEMPLATE },
    sites: defaults('sites'),
    quiet: defaults('quiet'),
  },
  2: { focus: V2.focus, schedule: V2.schedule, businessHours: { ...(V2.businessHours as object), holidays: [] }, lockdown: V2.lockdown, status: V2.status, sites: defaults('sites'), quiet: defaults('quiet') },
  3: { focus: V3.focus, schedule: V3.schedule, businessHours: { ...(V3.businessHours as object), holidays: [] }, lockdown: V3.lockdown, status: V3.status, sites: V3.sites, quiet: V3.quiet },
};

describe('legacy examples', () => {
  test('there is one example for every legacy version, and no other', () => {
    const versions = Array.from({ length: LAST_LEGACY_VERSION }, (_, i) => `./examples/legacy/v${i + 1}.json`);
    expect(Object.keys(EXAMPLES).sort()).toEqual(versions.sort());
  });

  test.each([1, 2, 3])('v%i is stored as that version', (version) => {
    expect(example(version).version).toBe(version);
  });
});

describe('legacy settings split into sections', () => {
  test.each([1, 2, 3])('v%i reads into sections that keep the user\'s values, with no problem', (version) => {
    const { settings, problems } = readLegacy(example(version));
    expect(problems).toEqual({});
    expect(settings).toMatchObject(EXPECTED[version]!);
    // Sections that came after the single object start from their defaults.
    expect(settings.tiers).toEqual(defaults('tiers'));
    expect(settings.rules).toEqual(defaults('rules'));
  });

  test('a section already stored wins over the legacy object', () => {
    const { settings } = readSettings({ [LEGACY_SETTINGS_KEY]: example(3), [sectionKey('focus')]: { v: 1, value: { defaultMinutes: 12 } } });
    expect(settings.focus.defaultMinutes).toBe(12);
    expect(settings.lockdown).toEqual(V3.lockdown);
  });

  test.each([
    { name: 'a newer version', raw: { version: 99, focus: { defaultMinutes: 30 } }, problem: 'newer' },
    { name: 'no version', raw: { focus: { defaultMinutes: 30 } }, problem: 'damaged' },
    { name: 'a string', raw: 'garbage', problem: 'damaged' },
  ])('$name: every section it held falls back and says $problem; later sections are fine', ({ raw, problem }) => {
    const { settings, problems } = readLegacy(raw);
    expect(problems).toEqual({ focus: problem, schedule: problem, businessHours: problem, lockdown: problem, status: problem, sites: problem, quiet: problem });
    expect(settings.focus).toEqual(defaults('focus'));
  });

  test('one damaged part of a legacy object falls back alone', () => {
    const raw = { ...example(3), lockdown: { enabled: 'yes' } };
    const { settings, problems } = readLegacy(raw);
    expect(problems).toEqual({ lockdown: 'damaged' });
    expect(settings.focus).toEqual(V3.focus);
  });

  test.each([1, 2, 3])('v%i migrated twice is the same as once, and the stored object is not changed', (version) => {
    const stored = example(version);
    const once = migrateSettings(stored);
    expect(migrateSettings(structuredClone(once))).toEqual(once);
    expect(stored).toEqual(example(version));
  });
});
