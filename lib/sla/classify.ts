import type { Rule, RuleSettings } from './rules';
import { readTitleShape, type TitleShape } from './title-shape';
import { findTier, type TierSettings } from './tiers';
import { compileWordMatcher, type WordMatcher } from './word-match';

export interface ClassifyInput {
  /** Preset id or self-hosted app id. */
  appId: string;
  appName: string;
  title: string;
  body: string;
}

export interface Classification extends TitleShape {
  tierId: string;
  /** The rule that matched; undefined when the app's default or the default tier decided. */
  ruleId?: string;
  /** Why, for people: "keyword “outage”", "VIP sender Dana", "Gmail's default tier". */
  why: string;
}

export type Classifier = (input: ClassifyInput) => Classification;

type Test = (input: ClassifyInput, shape: TitleShape) => string | undefined;

const sameName = (a: string | undefined, b: string) => a !== undefined && a.toLowerCase() === b.toLowerCase();

/** One rule as a test that returns why it matched, or undefined. */
function compileRule(rule: Rule, vips: WordMatcher, vipList: readonly string[]): Test {
  const words = compileWordMatcher(rule.values, { skipNegated: rule.kind === 'keyword' });
  switch (rule.kind) {
    case 'keyword':
      return ({ title, body }) => {
        const found = words(title) ?? words(body);
        return found && `keyword “${found}”`;
      };
    case 'sender':
    case 'conversation':
      return ({ title }, shape) => {
        const known = rule.kind === 'sender' ? shape.sender : shape.conversation;
        const found = rule.values.find((v) => sameName(known, v)) ?? words(title);
        return found && `${rule.kind} ${found}`;
      };
    case 'app':
      return ({ appId, appName }) => (rule.values.includes(appId) ? `app ${appName}` : undefined);
    case 'direct':
      return (_, shape) => (shape.direct === true ? 'direct message' : undefined);
    case 'channel':
      return (_, shape) => (shape.direct === false ? `channel message${shape.conversation ? ` in ${shape.conversation}` : ''}` : undefined);
    case 'vip':
      return ({ title }, shape) => {
        const found = vipList.find((v) => sameName(shape.sender, v)) ?? vips(title);
        return found && `VIP sender ${found}`;
      };
  }
}

/**
 * Compiles the rules once per settings change (capture runs the result on every notification):
 * the first enabled rule that matches decides; else the app's default tier; else the default
 * tier. A rule or app default naming a tier that no longer exists counts as the default tier.
 */
export function compileClassifier(ruleSettings: RuleSettings, tierSettings: TierSettings): Classifier {
  const vips = compileWordMatcher(ruleSettings.vips);
  const rules = ruleSettings.rules
    .filter((r) => r.enabled)
    .map((rule) => ({ rule, test: compileRule(rule, vips, ruleSettings.vips), tierId: findTier(tierSettings, rule.tierId).id }));
  const fallback = findTier(tierSettings, tierSettings.defaultTierId);
  return (input) => {
    const shape = readTitleShape(input.appId, input.title, input.body);
    for (const { rule, test, tierId } of rules) {
      const why = test(input, shape);
      if (why) return { ...shape, tierId, ruleId: rule.id, why };
    }
    const appTier = ruleSettings.appTiers[input.appId];
    if (appTier !== undefined) {
      const tier = findTier(tierSettings, appTier);
      return { ...shape, tierId: tier.id, why: `${input.appName}'s default tier` };
    }
    return { ...shape, tierId: fallback.id, why: `${fallback.name} by default` };
  };
}
