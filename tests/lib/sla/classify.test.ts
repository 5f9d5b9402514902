import { describe, expect, test } from 'vitest';
import { compileClassifier, type ClassifyInput } from '@/lib/sla/classify';
import { DEFAULT_RULE_SETTINGS, type Rule, type RuleSettings } from '@/lib/sla/rules';
import { DEFAULT_TIER_SETTINGS } from '@/lib/sla/tiers';

const input = (title: string, body = '', appId = 'slack', appName = 'Slack'): ClassifyInput => ({ appId, appName, title, body });
const rule = (kind: Rule['kind'], values: string[], tierId: string, id = `${kind}-rule`): Rule => ({ id, kind, values, tierId, enabled: true });

describe('the default rules', () => {
  const classify = compileClassifier({ ...DEFAULT_RULE_SETTINGS, vips: ['Dana Smith'] }, DEFAULT_TIER_SETTINGS);
  test.each<{ name: string; in: ClassifyInput; tier: string; why: string; rule?: string }>([
    { name: 'an urgent keyword in the body', in: input('#ops', 'Sam: outage in eu-west'), tier: 'urgent', why: 'keyword “outage”', rule: 'urgent-words' },
    { name: '@here in the title', in: input('@here prod is down'), tier: 'urgent', why: 'keyword “@here”', rule: 'urgent-words' },
    { name: 'keywords win over VIP (first match)', in: input('Dana Smith', 'urgent: call me'), tier: 'urgent', why: 'keyword “urgent”', rule: 'urgent-words' },
    { name: 'a VIP sender', in: input('Dana Smith in #general', 'numbers?'), tier: 'important', why: 'VIP sender Dana Smith', rule: 'vip-senders' },
    { name: 'a direct message', in: input('Sam Lee', 'lunch?'), tier: 'important', why: 'direct message', rule: 'direct-messages' },
    { name: 'a channel message falls to the default', in: input('Sam in #random', 'cat pics'), tier: 'standard', why: 'Standard by default' },
    { name: 'mail: no direct/channel shape, default tier', in: input('Newsletter', 'weekly digest', 'gmail', 'Gmail'), tier: 'standard', why: 'Standard by default' },
    { name: '"not urgent" is not urgent', in: input('Sam in #random', 'not urgent, whenever'), tier: 'standard', why: 'Standard by default' },
  ])('$name', ({ in: given, tier, why, rule: ruleId }) => {
    const result = classify(given);
    expect([result.tierId, result.why, result.ruleId]).toEqual([tier, why, ruleId]);
  });
});

describe('every rule kind, order and defaults', () => {
  const settings = (rules: Rule[], extra: Partial<RuleSettings> = {}): RuleSettings => ({ rules, vips: [], appTiers: {}, ...extra });
  test.each<{ name: string; settings: RuleSettings; in: ClassifyInput; tier: string; why: string }>([
    { name: 'sender on the shape', settings: settings([rule('sender', ['kim'], 'low')]), in: input('Kim (#deploys, Infra)'), tier: 'low', why: 'sender kim' },
    { name: 'sender as a word in the title', settings: settings([rule('sender', ['Kim'], 'low')]), in: input('Reminder from Kim about standup'), tier: 'low', why: 'sender kim' },
    { name: 'conversation on the shape', settings: settings([rule('conversation', ['#alerts'], 'important')]), in: input('bot in #alerts', 'cpu 90%'), tier: 'important', why: 'conversation #alerts' },
    { name: 'conversation does not match a longer name', settings: settings([rule('conversation', ['#alerts'], 'important')]), in: input('bot in #alerts-test'), tier: 'standard', why: 'Standard by default' },
    { name: 'app', settings: settings([rule('app', ['gmail'], 'low')]), in: input('Dana', '', 'gmail', 'Gmail'), tier: 'low', why: 'app Gmail' },
    { name: 'channel', settings: settings([rule('channel', [], 'low')]), in: input('Sam in #random'), tier: 'low', why: 'channel message in #random' },
    { name: 'direct does not match a channel', settings: settings([rule('direct', [], 'urgent')]), in: input('Sam in #random'), tier: 'standard', why: 'Standard by default' },
    { name: 'vip list by title word', settings: settings([rule('vip', [], 'urgent')], { vips: ['Priya'] }), in: input('Priya shared a file'), tier: 'urgent', why: 'VIP sender priya' },
    { name: 'first match wins', settings: settings([rule('app', ['slack'], 'low', 'a'), rule('keyword', ['outage'], 'urgent', 'b')]), in: input('outage'), tier: 'low', why: 'app Slack' },
    { name: 'a disabled rule is skipped', settings: settings([{ ...rule('app', ['slack'], 'low'), enabled: false }]), in: input('x in #y'), tier: 'standard', why: 'Standard by default' },
    { name: "the app's default tier", settings: settings([], { appTiers: { slack: 'low' } }), in: input('x in #y'), tier: 'low', why: "Slack's default tier" },
    { name: 'a rule naming a removed tier gives the default tier', settings: settings([rule('app', ['slack'], 'gone')]), in: input('x'), tier: 'standard', why: 'app Slack' },
    { name: 'an empty keyword list matches nothing', settings: settings([rule('keyword', [], 'urgent')]), in: input('x in #y'), tier: 'standard', why: 'Standard by default' },
  ])('$name', ({ settings: s, in: given, tier, why }) => {
    expect(compileClassifier(s, DEFAULT_TIER_SETTINGS)(given)).toMatchObject({ tierId: tier, why });
  });

  test('the default tier is the one the tier settings name', () => {
    const classify = compileClassifier({ rules: [], vips: [], appTiers: {} }, { ...DEFAULT_TIER_SETTINGS, defaultTierId: 'low' });
    expect(classify(input('x in #y'))).toMatchObject({ tierId: 'low', why: 'Low by default' });
  });

  test('the shape is returned with the tier', () => {
    const classify = compileClassifier(DEFAULT_RULE_SETTINGS, DEFAULT_TIER_SETTINGS);
    expect(classify(input('Dana in #alerts', 'disk'))).toMatchObject({ sender: 'Dana', conversation: '#alerts', direct: false });
  });
});
