import { z } from '@/lib/zod-jitless';
import { DEFAULT_RULE_SETTINGS, RULE_KINDS_WITH_VALUES, type RuleSettings } from '../../sla/rules';
import type { SectionDef } from '../section';

const entry = z.string().trim().min(1, 'Fill in this entry or remove it.').max(200, 'Keep it under 200 characters.');

const NEEDS: Record<string, string> = {
  keyword: 'Add at least one keyword.',
  sender: 'Add at least one sender.',
  conversation: 'Add at least one conversation.',
  app: 'Pick at least one app.',
};

const rule = z
  .object({
    id: z.string().min(1).max(40),
    kind: z.enum(['keyword', 'sender', 'conversation', 'app', 'direct', 'channel', 'vip']),
    values: z.array(entry).max(100, 'At most 100 entries in one rule.'),
    tierId: z.string().min(1, 'Pick a tier.').max(40),
    enabled: z.boolean(),
  })
  .superRefine((r, ctx) => {
    if (RULE_KINDS_WITH_VALUES.includes(r.kind) && r.values.length === 0) ctx.addIssue({ code: 'custom', path: ['values'], message: NEEDS[r.kind]! });
  });

const schema: z.ZodType<RuleSettings> = z
  .object({
    rules: z.array(rule).max(200, 'At most 200 rules.'),
    vips: z.array(z.string().trim().min(1, 'Fill in this name or remove it.').max(120)).max(500, 'At most 500 VIPs.'),
    appTiers: z.record(z.string().max(40), z.string().max(40)),
  })
  .superRefine((s, ctx) => {
    s.rules.forEach((r, i) => {
      if (s.rules.findIndex((other) => other.id === r.id) !== i) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: 'Two rules share an id.' });
    });
  });

export const rulesSection: SectionDef<RuleSettings> = {
  name: 'rules',
  title: 'Classification rules',
  version: 1,
  schema,
  defaults: DEFAULT_RULE_SETTINGS,
};
