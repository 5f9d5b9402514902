import { describe, expect, test } from 'vitest';
import { buildExport, EXPORT_VERSION, readImport } from '@/lib/data/export-file';
import { MAX_DEPTH, MAX_FILE_CHARS, MAX_STRING_CHARS } from '@/lib/data/safe-json';
import { planImport } from '@/lib/settings/plan-import';
import { SECTIONS } from '@/lib/settings/sections';
import { defaultSettings } from '@/lib/settings/settings';

const AT = new Date('2026-12-02T10:00:00Z');
const mine = () => {
  const s = defaultSettings();
  s.focus.defaultMinutes = 40;
  s.tiers.tiers[1]!.name = 'Soon';
  return s;
};
const file = (over: Record<string, unknown> = {}) => ({ ...buildExport(mine(), AT), ...over });
const text = (value: unknown) => JSON.stringify(value);

describe('export then import', () => {
  test('gives back every section as it was', () => {
    const read = readImport(text(file()));
    expect(read).toEqual({ ok: true, settings: mine(), hasData: false });
  });

  test('the data part is carried and said so; sections are stored with their versions', () => {
    const exported = buildExport(mine(), AT, { held: [{ id: 1 }], questions: [], sessions: [], digests: [], outbox: [] });
    expect(exported.settings.focus).toEqual({ v: SECTIONS.focus.version, value: { defaultMinutes: 40 } });
    expect(readImport(text(exported))).toMatchObject({ ok: true, hasData: true });
  });

  test('a file with some sections leaves the others alone', () => {
    const read = readImport(text({ format: 'heads-down-export', version: 1, settings: { focus: { v: 1, value: { defaultMinutes: 25 } } } }));
    expect(read).toEqual({ ok: true, settings: { focus: { defaultMinutes: 25 } }, hasData: false });
  });
});

describe('a file that is refused, with the field named', () => {
  const deep = (n: number): unknown => (n === 0 ? 1 : { a: deep(n - 1) });
  const good = text(file());
  test.each([
    { name: 'not JSON', input: 'hello', error: /not valid JSON/ },
    { name: 'cut off half-way', input: good.slice(0, good.length / 2), error: /not valid JSON: it may be cut off/ },
    { name: 'an empty file', input: '', error: /not valid JSON/ },
    { name: 'another program\'s JSON', input: text({ name: 'x' }), error: /not a Heads Down export/ },
    { name: 'an array', input: '[1,2]', error: /not a Heads Down export/ },
    { name: 'a newer export version', input: text(file({ version: EXPORT_VERSION + 1 })), error: /newer Heads Down \(file version 2\)/ },
    { name: 'a version as text', input: text(file({ version: '1' })), error: /^Nothing was imported: version: / },
    { name: 'no settings', input: text(file({ settings: {} })), error: /no settings in it/ },
    { name: 'settings as a list', input: text(file({ settings: [] })), error: /settings: missing/ },
    { name: 'an unknown section', input: text(file({ settings: { colours: { v: 1, value: {} } } })), error: /settings\.colours: not a section/ },
    { name: 'a section from a newer version', input: text(file({ settings: { focus: { v: 9, value: {} } } })), error: /settings\.focus: saved by a newer Heads Down \(version 9\)/ },
    { name: 'a value out of range', input: text(file({ settings: { focus: { v: 1, value: { defaultMinutes: 0 } } } })), error: /focus\.defaultMinutes: At least 1 minute/ },
    { name: 'a wrong type deep inside', input: text(file({ settings: { tiers: { v: 1, value: { ...mine().tiers, tiers: [{ ...mine().tiers.tiers[0], name: 7 }] } } } })), error: /tiers\.tiers\.0\.name/ },
    { name: 'a __proto__ key', input: '{"format":"heads-down-export","version":1,"settings":{"focus":{"v":1,"value":{"defaultMinutes":30,"__proto__":{"admin":true}}}}}', error: /settings\.focus\.value\.__proto__: a key no Heads Down file has/ },
    { name: 'a constructor key', input: text(file({ settings: { constructor: { prototype: 1 } } })), error: /settings\.constructor: a key/ },
    { name: 'nesting too deep', input: text(file({ extra: deep(MAX_DEPTH + 5) })), error: new RegExp(`nested more than ${MAX_DEPTH} levels`) },
    { name: 'a huge string', input: text(file({ note: 'x'.repeat(MAX_STRING_CHARS + 1) })), error: /note: text longer than/ },
    { name: 'an oversized file', input: ' '.repeat(MAX_FILE_CHARS + 1), error: /too large/ },
  ])('$name', ({ input, error }) => {
    const read = readImport(input);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toMatch(error);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });
});

describe('planImport: the rules every writer keeps', () => {
  const current = defaultSettings();
  test('imported rules are checked against the imported tiers', () => {
    const next = mine();
    next.tiers.tiers.push({ ...next.tiers.tiers[0]!, id: 'pager', name: 'Pager' });
    next.rules.rules[0]!.tierId = 'pager';
    const plan = planImport({ tiers: next.tiers, rules: next.rules }, { current, focusOn: false });
    expect(plan).toMatchObject({ ok: true, writes: { tiers: next.tiers, rules: next.rules } });
  });

  test('rules pointing at a tier that neither exists nor is imported are refused whole', () => {
    const next = mine();
    next.rules.rules[0]!.tierId = 'nowhere';
    const plan = planImport({ focus: next.focus, rules: next.rules }, { current, focusOn: false });
    expect(plan).toMatchObject({ ok: false, message: 'Nothing was imported: rules.rules.0.tierId: Pick a tier that exists.' });
  });

  test('lockdown cannot be loosened by an import during a block', () => {
    const strict = { ...current, lockdown: { ...current.lockdown, enabled: true } };
    const plan = planImport({ focus: { defaultMinutes: 30 }, lockdown: { ...current.lockdown, enabled: false } }, { current: strict, focusOn: true });
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.message).toMatch(/^Nothing was imported: lockdown\.enabled: Lockdown cannot be loosened/);
  });
});

// One stored file per export version: each must keep importing as what was exported.
const EXAMPLES = import.meta.glob<string>('./examples/export.v*.json', { eager: true, query: '?raw', import: 'default' });
describe('export examples', () => {
  test('there is one example for every export version', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(Array.from({ length: EXPORT_VERSION }, (_, i) => `./examples/export.v${i + 1}.json`));
  });
  test.each(Object.entries(EXAMPLES))('%s imports with its values', (_, raw) => {
    expect(readImport(raw)).toEqual({ ok: true, settings: { focus: { defaultMinutes: 40 }, data: { handledDays: 10, historyDays: 200 } }, hasData: true });
  });
});
