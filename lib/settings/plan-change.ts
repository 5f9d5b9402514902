import { loosensLockdown } from '../focus/lockdown';
import type { RuleSettings } from '../sla/rules';
import type { TierSettings } from '../sla/tiers';
import type { SectionName, Settings } from './sections';
import { validateSection, type FieldErrors } from './validate';

/** A page asks the background to save one section; `moveTo` says where a removed tier's items go. */
export interface SettingsChange {
  section: SectionName;
  value: unknown;
  /** Removed tier id → the tier its items and rules move to (default: the default tier). */
  moveTo?: Record<string, string>;
}

export interface ChangeContext {
  current: Settings;
  focusOn: boolean;
}

export type ChangePlan =
  | {
      ok: true;
      /** The sections to store, all together. */
      writes: Partial<Settings>;
      /** Removed tier id → tier id, for the held items that had it. */
      reassignTiers: Record<string, string>;
    }
  | { ok: false; errors: FieldErrors; message: string };

const refuse = (errors: FieldErrors, message?: string): ChangePlan => {
  const n = Object.keys(errors).length;
  return { ok: false, errors, message: message ?? `Nothing was saved: fix the ${n === 1 ? 'problem' : `${n} problems`} marked below.` };
};

/**
 * Whether a change may be saved, and everything it changes. The rules that hold for every
 * writer (the options page, an import, another machine's sync) live here, so that no page can
 * skip them: lockdown is not loosened during a block; rules point at tiers that exist; a tier
 * removed takes its rules, app defaults and items to the tier the user picked.
 */
export function planSettingsChange(change: SettingsChange, { current, focusOn }: ChangeContext): ChangePlan {
  const checked = validateSection(change.section, change.value);
  if (!checked.ok) return refuse(checked.errors);
  const writes: Partial<Settings> = { [change.section]: checked.value };
  let reassignTiers: Record<string, string> = {};

  if (change.section === 'lockdown' && focusOn && loosensLockdown(current.lockdown, checked.value as Settings['lockdown'])) {
    return refuse(
      { 'lockdown.enabled': 'Lockdown cannot be loosened during a focus block.' },
      'Nothing was saved: lockdown cannot be loosened while focus is on. Try again after this block.',
    );
  }
  if (change.section === 'rules') {
    const errors = findMissingTiers(checked.value as RuleSettings, current.tiers);
    if (Object.keys(errors).length > 0) return refuse(errors);
  }
  if (change.section === 'tiers') {
    const next = checked.value as TierSettings;
    reassignTiers = planTierMoves(current.tiers, next, change.moveTo ?? {});
    const rules = moveRules(current.rules, reassignTiers);
    if (rules !== current.rules) writes.rules = rules;
  }
  return { ok: true, writes, reassignTiers };
}

function findMissingTiers(rules: RuleSettings, tiers: TierSettings): FieldErrors {
  const exists = (id: string) => tiers.tiers.some((t) => t.id === id);
  const errors: FieldErrors = {};
  rules.rules.forEach((r, i) => {
    if (!exists(r.tierId)) errors[`rules.rules.${i}.tierId`] = 'Pick a tier that exists.';
  });
  for (const [app, tierId] of Object.entries(rules.appTiers)) if (!exists(tierId)) errors[`rules.appTiers.${app}`] = 'Pick a tier that exists.';
  return errors;
}

/** Each removed tier goes to the tier the user chose, if it still exists, else to the default tier. */
function planTierMoves(before: TierSettings, after: TierSettings, moveTo: Record<string, string>): Record<string, string> {
  const kept = new Set(after.tiers.map((t) => t.id));
  const moves: Record<string, string> = {};
  for (const tier of before.tiers) {
    if (kept.has(tier.id)) continue;
    const target = Object.hasOwn(moveTo, tier.id) ? moveTo[tier.id]! : undefined;
    moves[tier.id] = target !== undefined && kept.has(target) ? target : after.defaultTierId;
  }
  return moves;
}

function moveRules(rules: RuleSettings, moves: Record<string, string>): RuleSettings {
  const move = (id: string) => (Object.hasOwn(moves, id) ? moves[id]! : id);
  const changed =
    rules.rules.some((r) => move(r.tierId) !== r.tierId) || Object.values(rules.appTiers).some((id) => move(id) !== id);
  if (!changed) return rules;
  return {
    ...rules,
    rules: rules.rules.map((r) => ({ ...r, tierId: move(r.tierId) })),
    appTiers: Object.fromEntries(Object.entries(rules.appTiers).map(([app, id]) => [app, move(id)])),
  };
}
