import { z } from '@/lib/zod-jitless';
import type { LockdownSettings } from '../../focus/lockdown';
import type { SectionDef } from '../section';

const schema: z.ZodType<LockdownSettings> = z.object({
  enabled: z.boolean(),
  delaySeconds: z.number({ error: 'Enter a number of seconds.' }).int('Use whole seconds.').min(0, 'At least 0 seconds.').max(600, 'At most 600 seconds.'),
  maxEarlyEndsPerDay: z.number({ error: 'Enter a number.' }).int('Use a whole number.').min(0, 'At least 0.').max(50, 'At most 50.').nullable(),
});

export const lockdownSection: SectionDef<LockdownSettings> = {
  name: 'lockdown',
  title: 'Lockdown',
  version: 1,
  schema,
  defaults: { enabled: false, delaySeconds: 10, maxEarlyEndsPerDay: null },
};
