import { describe, expect, test } from 'vitest';
import { planSettingsChange, type ChangePlan } from '@/lib/settings/plan-change';
import { defaultSettings, type Settings } from '@/lib/settings/settings';

const current = (change: (s: Settings) => void = () => {}) => {
  const s = defaultSettings();
  change(s);
  return s;
};

describe('planSettingsChange', () => {
  test('a valid section is written alone', () => {
    expect(planSettingsChange({ section: 'focus', value: { defaultMinutes: 30 } }, { current: current(), focusOn: false })).toEqual({
      ok: true,
      writes: { focus: { defaultMinutes: 30 } },
      reassignTiers: {},
    });
  });

  test('an invalid section writes nothing and says how many problems', () => {
    const plan = planSettingsChange({ section: 'digest', value: { times: ['11:00', '11:05'], marginMinutes: -1, batching: false, breakthroughCap: 5 } }, { current: current(), focusOn: false });
    expect(plan).toEqual({
      ok: false,
      errors: { 'digest.times.1': '11:05 is less than 15 minutes from 11:00: one digest covers both.', 'digest.marginMinutes': 'At least 0 minutes.' },
      message: 'Nothing was saved: fix the 2 problems marked below.',
    });
  });

  const locked = (s: Settings) => void (s.lockdown = { enabled: true, delaySeconds: 10, maxEarlyEndsPerDay: 1 });
  test.each<{ name: string; next: Settings['lockdown']; focusOn: boolean; ok: boolean }>([
    { name: 'turning lockdown off during focus is refused', next: { enabled: false, delaySeconds: 10, maxEarlyEndsPerDay: 1 }, focusOn: true, ok: false },
    { name: 'a shorter wait during focus is refused', next: { enabled: true, delaySeconds: 5, maxEarlyEndsPerDay: 1 }, focusOn: true, ok: false },
    { name: 'a stricter lockdown during focus is fine', next: { enabled: true, delaySeconds: 30, maxEarlyEndsPerDay: 0 }, focusOn: true, ok: true },
    { name: 'turning it off outside focus is fine', next: { enabled: false, delaySeconds: 10, maxEarlyEndsPerDay: 1 }, focusOn: false, ok: true },
  ])('$name', ({ next, focusOn, ok }) => {
    const plan = planSettingsChange({ section: 'lockdown', value: next }, { current: current(locked), focusOn });
    expect(plan.ok).toBe(ok);
    if (!plan.ok) expect(plan).toMatchObject({ errors: { 'lockdown.enabled': 'Lockdown cannot be loosened during a focus block.' }, message: expect.stringContaining('cannot be loosened') });
  });

  test('rules must name tiers that exist, and app defaults too', () => {
    const rules = current().rules;
    rules.rules[1]!.tierId = 'gone';
    rules.appTiers = { gmail: 'nowhere', slack: 'low' };
    expect(planSettingsChange({ section: 'rules', value: rules }, { current: current(), focusOn: false })).toEqual({
      ok: false,
      errors: { 'rules.rules.1.tierId': 'Pick a tier that exists.', 'rules.appTiers.gmail': 'Pick a tier that exists.' },
      message: 'Nothing was saved: fix the 2 problems marked below.',
    });
  });

  test.each<{ name: string; moveTo?: Record<string, string>; target: string }>([
    { name: 'a removed tier’s rules and items go where the user picked', moveTo: { important: 'urgent' }, target: 'urgent' },
    { name: 'without a choice they go to the default tier', target: 'standard' },
    { name: 'a choice that is itself removed counts as no choice', moveTo: { important: 'important' }, target: 'standard' },
  ])('$name', ({ moveTo, target }) => {
    const before = current((s) => void (s.rules.appTiers = { gmail: 'important' }));
    const tiers = { ...before.tiers, tiers: before.tiers.tiers.filter((t) => t.id !== 'important') };
    const plan = planSettingsChange({ section: 'tiers', value: tiers, moveTo }, { current: before, focusOn: false }) as Extract<ChangePlan, { ok: true }>;
    expect(plan.ok).toBe(true);
    expect(plan.reassignTiers).toEqual({ important: target });
    expect(plan.writes.tiers?.tiers.map((t) => t.id)).toEqual(['urgent', 'standard', 'low']);
    // The VIP and direct-message rules were Important.
    expect(plan.writes.rules?.rules.map((r) => r.tierId)).toEqual(['urgent', target, target]);
    expect(plan.writes.rules?.appTiers).toEqual({ gmail: target });
  });

  test('renaming and reordering tiers moves nothing', () => {
    const before = current();
    const tiers = structuredClone(before.tiers);
    tiers.tiers.reverse();
    tiers.tiers[0]!.name = 'Someday';
    expect(planSettingsChange({ section: 'tiers', value: tiers }, { current: before, focusOn: false })).toMatchObject({ ok: true, reassignTiers: {}, writes: { tiers } });
  });
});
