import { describe, expect, test } from 'vitest';
import { z } from '@/lib/zod-jitless';
import { readSection, sectionKey, type SectionDef } from '@/lib/settings/section';
import { SECTION_NAMES, SECTIONS, type SectionName } from '@/lib/settings/sections';
import { defaultSettings, readSettings } from '@/lib/settings/settings';
import { validateSection } from '@/lib/settings/validate';

// One stored example per version of every section: each must keep reading as what was stored.
const EXAMPLES = import.meta.glob<unknown>('./examples/sections/*.json', { eager: true, import: 'default' });
const example = (name: string, version: number) => structuredClone(EXAMPLES[`./examples/sections/${name}.v${version}.json`]) as { v: number; value: unknown };

describe('section examples', () => {
  test('every section has one example for each of its versions, and there are no others', () => {
    const expected = SECTION_NAMES.flatMap((name) => Array.from({ length: SECTIONS[name].version }, (_, i) => `./examples/sections/${name}.v${i + 1}.json`));
    expect(Object.keys(EXAMPLES).sort()).toEqual(expected.sort());
  });

  test.each(SECTION_NAMES.flatMap((name) => Array.from({ length: SECTIONS[name].version }, (_, i) => ({ name, version: i + 1 }))))(
    '$name v$version reads without a problem and keeps the user\'s values',
    ({ name, version }) => {
      const stored = example(name, version);
      const read = readSection(SECTIONS[name] as SectionDef<unknown>, stored);
      expect(read.problem).toBeUndefined();
      if (version === SECTIONS[name].version) expect(read.value).toEqual(stored.value);
      expect(read.value).not.toEqual(SECTIONS[name].defaults);
    },
  );

  test('every section has a title for people and valid defaults', () => {
    for (const name of SECTION_NAMES) {
      expect(SECTIONS[name].title).toMatch(/^[A-Z]/);
      expect(validateSection(name, SECTIONS[name].defaults)).toEqual({ ok: true, value: SECTIONS[name].defaults });
    }
  });
});

describe('readSection', () => {
  const def = SECTIONS.focus;
  test.each([
    { name: 'nothing stored', stored: undefined, problem: undefined },
    { name: 'null', stored: null, problem: undefined },
    { name: 'a string', stored: 'garbage', problem: 'damaged' },
    { name: 'a number', stored: 42, problem: 'damaged' },
    { name: 'an array', stored: [1, 2], problem: 'damaged' },
    { name: 'an empty object', stored: {}, problem: 'damaged' },
    { name: 'a version as text', stored: { v: '1', value: { defaultMinutes: 30 } }, problem: 'damaged' },
    { name: 'version 0', stored: { v: 0, value: { defaultMinutes: 30 } }, problem: 'damaged' },
    { name: 'a newer version', stored: { v: 2, value: { defaultMinutes: 30 } }, problem: 'newer' },
    { name: 'an invalid value', stored: { v: 1, value: { defaultMinutes: 0 } }, problem: 'damaged' },
    { name: 'a value missing', stored: { v: 1 }, problem: 'damaged' },
  ])('$name → the defaults (problem: $problem)', ({ stored, problem }) => {
    expect(readSection(def, stored)).toEqual({ value: def.defaults, ...(problem ? { problem } : {}) });
  });

  const versioned: SectionDef<{ minutes: number }> = {
    name: 'test',
    title: 'Test',
    version: 3,
    schema: z.object({ minutes: z.number() }),
    defaults: { minutes: 1 },
    migrations: { 1: (v) => ({ mins: (v as { m: number }).m }), 2: (v) => ({ minutes: (v as { mins: number }).mins }) },
  };
  test.each([
    { name: 'the migration chain runs in order', stored: { v: 1, value: { m: 7 } }, read: { value: { minutes: 7 } } },
    { name: 'from the middle of the chain', stored: { v: 2, value: { mins: 8 } }, read: { value: { minutes: 8 } } },
    { name: 'a step that throws', stored: { v: 1, value: null }, read: { value: { minutes: 1 }, problem: 'damaged' } },
    { name: 'a missing step', stored: { v: 1, value: { m: 1 } }, def: { ...versioned, migrations: { 2: versioned.migrations![2]! } }, read: { value: { minutes: 1 }, problem: 'damaged' } },
  ])('$name', ({ stored, read, def: d = versioned }) => {
    expect(readSection(d, stored)).toEqual(read);
  });

  test('the fallback is a copy: changing it leaves the defaults alone', () => {
    const before = structuredClone(SECTIONS.schedule.defaults);
    const read = readSection(SECTIONS.schedule, 'garbage');
    read.value.weekly[1]!.push({ start: '18:00', end: '19:00' });
    expect(SECTIONS.schedule.defaults).toEqual(before);
  });
});

describe('readSettings', () => {
  test('one unreadable section falls back alone; the others keep the user\'s values', () => {
    const record = {
      [sectionKey('focus')]: { v: 1, value: { defaultMinutes: -3 } },
      [sectionKey('lockdown')]: example('lockdown', 1),
      [sectionKey('tiers')]: { v: 9, value: {} },
    };
    const { settings, problems } = readSettings(record);
    expect(problems).toEqual({ focus: 'damaged', tiers: 'newer' });
    expect(settings.focus).toEqual(SECTIONS.focus.defaults);
    expect(settings.tiers).toEqual(SECTIONS.tiers.defaults);
    expect(settings.lockdown).toEqual(example('lockdown', 1).value);
  });

  test('nothing stored: every default, no problem', () => {
    expect(readSettings({})).toEqual({ settings: defaultSettings(), problems: {} });
  });
});

describe('validateSection', () => {
  const edit = <N extends SectionName>(name: N, change: (value: (typeof SECTIONS)[N]['defaults']) => void) => {
    const value = structuredClone(SECTIONS[name].defaults);
    change(value);
    return validateSection(name, value);
  };

  test.each<{ name: string; result: ReturnType<typeof validateSection>; errors: Record<string, unknown> }>([
    { name: 'a focus length of zero', result: edit('focus', (f) => void (f.defaultMinutes = 0)), errors: { 'focus.defaultMinutes': 'At least 1 minute.' } },
    { name: 'a fractional focus length', result: edit('focus', (f) => void (f.defaultMinutes = 1.5)), errors: { 'focus.defaultMinutes': 'Use whole minutes.' } },
    { name: 'a focus length over 12 hours', result: edit('focus', (f) => void (f.defaultMinutes = 721)), errors: { 'focus.defaultMinutes': 'At most 720 minutes.' } },
    { name: 'a focus length as text', result: edit('focus', (f) => void ((f as { defaultMinutes: unknown }).defaultMinutes = '50')), errors: { 'focus.defaultMinutes': 'Enter a number of minutes.' } },
    {
      name: 'a Monday block overlapping the one before it',
      result: edit('schedule', (s) => void (s.weekly[1] = [{ start: '09:00', end: '13:00' }, { start: '12:00', end: '14:00' }])),
      errors: { 'schedule.weekly.1.1.start': 'This block overlaps block 1 on the same day.' },
    },
    { name: 'a block time that is not a time', result: edit('schedule', (s) => void (s.weekly[2]![0]!.end = '1pm')), errors: { 'schedule.weekly.2.0.end': 'Use a time like 09:00 (got “1pm”).' } },
    { name: 'an exception with a bad date', result: edit('schedule', (s) => void (s.exceptions = [{ date: 'Thanksgiving', skipScheduled: true, blocks: [] }])), errors: { 'schedule.exceptions.0.date': 'Pick a date that exists.' } },
    { name: 'business hours ending before they start', result: edit('businessHours', (h) => Object.assign(h, { start: '17:00', end: '09:00' })), errors: { 'businessHours.end': 'The day must end after it starts.' } },
    { name: 'no working day', result: edit('businessHours', (h) => void (h.days = [])), errors: { 'businessHours.days': 'Pick at least one working day.' } },
    { name: 'a holiday that does not exist', result: edit('businessHours', (h) => void (h.holidays = ['2026-02-30'])), errors: { 'businessHours.holidays.0': 'Pick a date that exists.' } },
    { name: 'a weekday 7', result: edit('businessHours', (h) => void ((h.days as number[]) = [1, 7])), errors: { 'businessHours.days.1': expect.any(String) } },
    { name: 'an empty status template', result: edit('status', (s) => void (s.template = '   ')), errors: { 'status.template': 'Write a status message.' } },
    { name: 'a lockdown delay over 600 seconds', result: edit('lockdown', (l) => void (l.delaySeconds = 601)), errors: { 'lockdown.delaySeconds': 'At most 600 seconds.' } },
    { name: 'a tier without a name', result: edit('tiers', (t) => void (t.tiers[1]!.name = '  ')), errors: { 'tiers.tiers.1.name': 'Name the tier.' } },
    { name: 'a response time of 0', result: edit('tiers', (t) => void (t.tiers[0]!.response = { unit: 'minutes', amount: 0 })), errors: { 'tiers.tiers.0.response.amount': 'A response time must be at least 1 minute.' } },
    { name: 'two tiers with one name', result: edit('tiers', (t) => void (t.tiers[3]!.name = 'urgent')), errors: { 'tiers.tiers.3.name': 'Tier 1 is called urgent already.' } },
    { name: 'no tier at all', result: edit('tiers', (t) => void (t.tiers = [])), errors: { 'tiers.tiers': 'Keep at least one tier.', 'tiers.defaultTierId': 'Pick the tier for everything else.' } },
    { name: 'a colour that is not one', result: edit('tiers', (t) => void (t.tiers[0]!.color = 'red')), errors: { 'tiers.tiers.0.color': 'Pick a colour.' } },
    { name: 'a rule with an empty pattern', result: edit('rules', (r) => void (r.rules[0]!.values = ['outage', ' '])), errors: { 'rules.rules.0.values.1': 'Fill in this entry or remove it.' } },
    { name: 'a keyword rule without keywords', result: edit('rules', (r) => void (r.rules[0]!.values = [])), errors: { 'rules.rules.0.values': 'Add at least one keyword.' } },
    { name: 'a blank VIP', result: edit('rules', (r) => void (r.vips = [''])), errors: { 'rules.vips.0': 'Fill in this name or remove it.' } },
    { name: 'a digest time listed twice', result: edit('digest', (d) => void (d.times = ['11:00', '13:00', '11:00'])), errors: { 'digest.times.2': '11:00 is a digest time already.' } },
    { name: 'overlapping digest times', result: edit('digest', (d) => void (d.times = ['11:00', '11:10'])), errors: { 'digest.times.1': '11:10 is less than 15 minutes from 11:00: one digest covers both.' } },
    { name: 'a digest time that is not a time', result: edit('digest', (d) => void (d.times = ['lunch'])), errors: { 'digest.times.0': 'Use a time like 09:00.' } },
    { name: 'a negative margin', result: edit('digest', (d) => void (d.marginMinutes = -1)), errors: { 'digest.marginMinutes': 'At least 0 minutes.' } },
  ])('flags $name at its field', ({ result, errors }) => {
    expect(result).toEqual({ ok: false, errors });
  });

  test('digest times are stored in the order of the day', () => {
    expect(edit('digest', (d) => void (d.times = ['16:00', '09:30', '12:00']))).toMatchObject({ ok: true, value: { times: ['09:30', '12:00', '16:00'] } });
  });

  test('names are trimmed', () => {
    expect(edit('tiers', (t) => void (t.tiers[0]!.name = '  P0 '))).toMatchObject({ ok: true, value: { tiers: [{ name: 'P0' }, {}, {}, {}] } });
  });
});
