import { planSettingsChange, type ChangeContext, type ChangePlan } from './plan-change';
import { SECTION_NAMES, type SectionName, type Settings } from './sections';

/**
 * An imported file's sections, checked by the same rules as every other writer's change and
 * stored together or not at all. Sections go in the options page's order, tiers before rules,
 * so that imported rules are checked against the imported tiers.
 */
export function planImport(sections: Partial<Settings>, { current, focusOn }: ChangeContext): ChangePlan {
  let next = current;
  const writes: Partial<Settings> = {};
  let reassignTiers: Record<string, string> = {};
  for (const name of SECTION_NAMES.filter((n): n is SectionName => sections[n] !== undefined)) {
    const plan = planSettingsChange({ section: name, value: sections[name] }, { current: next, focusOn });
    if (!plan.ok) return { ...plan, message: `Nothing was imported: ${Object.entries(plan.errors).map(([field, why]) => `${field}: ${why}`)[0] ?? plan.message}` };
    Object.assign(writes, plan.writes);
    reassignTiers = { ...reassignTiers, ...plan.reassignTiers };
    next = { ...next, ...plan.writes };
  }
  return { ok: true, writes, reassignTiers };
}
