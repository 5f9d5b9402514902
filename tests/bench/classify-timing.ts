import { compileClassifier } from '../../lib/sla/classify';
import { DEFAULT_RULE_SETTINGS, type Rule, type RuleKind } from '../../lib/sla/rules';
import { DEFAULT_TIER_SETTINGS } from '../../lib/sla/tiers';

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

/**
 * One capture classified against 100 rules of every kind, none of which match until the last
 * (the worst case: every rule is tried). Text of a real notification's size.
 */
export function measureClassify(samples = 2_000): { p50: number; p95: number; compileMs: number } {
  const kinds: RuleKind[] = ['keyword', 'sender', 'conversation', 'app', 'channel', 'vip'];
  const rules: Rule[] = Array.from({ length: 100 }, (_, i) => {
    const kind = kinds[i % kinds.length]!;
    const values = kind === 'app' ? [`app-${i}`] : kind === 'channel' || kind === 'vip' ? [] : [`word${i}`, `phrase number ${i}`, `#room-${i}`];
    return { id: `r${i}`, kind, values, tierId: 'important', enabled: true };
  });
  const settings = { ...DEFAULT_RULE_SETTINGS, rules, vips: Array.from({ length: 50 }, (_, i) => `Person ${i}`) };
  const started = performance.now();
  const classify = compileClassifier(settings, DEFAULT_TIER_SETTINGS);
  const compileMs = performance.now() - started;
  const body = 'Quick question about the quarterly numbers before the review tomorrow. '.repeat(8);
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const t0 = performance.now();
    classify({ appId: 'slack', appName: 'Slack', title: `Dana Smith ${i}`, body });
    times.push(performance.now() - t0);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), compileMs };
}
