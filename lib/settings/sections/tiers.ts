import { z } from '@/lib/zod-jitless';
import { DEFAULT_TIER_SETTINGS, type TierSettings } from '../../sla/tiers';
import type { SectionDef } from '../section';
import { label } from './fields';

const amount = (unit: string, max: number) =>
  z
    .number({ error: 'Enter a number.' })
    .int('Use a whole number.')
    .min(1, `A response time must be at least 1 ${unit}.`)
    .max(max, `At most ${max} ${unit}s.`);

const response = z.discriminatedUnion('unit', [
  z.object({ unit: z.literal('minutes'), amount: amount('minute', 7 * 24 * 60) }),
  z.object({ unit: z.literal('hours'), amount: amount('hour', 7 * 24) }),
  z.object({ unit: z.literal('businessDays'), amount: amount('business day', 30) }),
  z.object({ unit: z.literal('endOfDay') }),
]);

const tier = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  name: label('tier', 40),
  color: z.string().regex(/^#[0-9a-f]{6}$/i, 'Pick a colour.'),
  response,
  breaksThrough: z.boolean(),
  meantFor: z.string().trim().max(200, 'Keep it under 200 characters.').optional(),
});

const schema: z.ZodType<TierSettings> = z
  .object({ tiers: z.array(tier).min(1, 'Keep at least one tier.').max(12, 'At most 12 tiers.'), defaultTierId: z.string() })
  .superRefine((s, ctx) => {
    const names = new Map<string, number>();
    s.tiers.forEach((t, i) => {
      const key = t.name.toLowerCase();
      if (names.has(key)) ctx.addIssue({ code: 'custom', path: ['tiers', i, 'name'], message: `Tier ${names.get(key)! + 1} is called ${t.name} already.` });
      else names.set(key, i);
      if (s.tiers.findIndex((other) => other.id === t.id) !== i) ctx.addIssue({ code: 'custom', path: ['tiers', i, 'id'], message: 'Two tiers share an id.' });
    });
    if (!s.tiers.some((t) => t.id === s.defaultTierId)) ctx.addIssue({ code: 'custom', path: ['defaultTierId'], message: 'Pick the tier for everything else.' });
  });

export const tiersSection: SectionDef<TierSettings> = {
  name: 'tiers',
  title: 'SLA tiers',
  version: 1,
  schema,
  defaults: DEFAULT_TIER_SETTINGS,
};
