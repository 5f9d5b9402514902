import { z } from '@/lib/zod-jitless';
import { MAX_FOCUS_MINUTES, MIN_FOCUS_MINUTES } from '../../focus/session';
import type { SectionDef } from '../section';

const schema = z.object({
  defaultMinutes: z
    .number({ error: 'Enter a number of minutes.' })
    .int('Use whole minutes.')
    .min(MIN_FOCUS_MINUTES, `At least ${MIN_FOCUS_MINUTES} minute.`)
    .max(MAX_FOCUS_MINUTES, `At most ${MAX_FOCUS_MINUTES} minutes.`),
});

export type FocusSettings = z.infer<typeof schema>;

export const focusSection: SectionDef<FocusSettings> = {
  name: 'focus',
  title: 'Focus',
  version: 1,
  schema,
  defaults: { defaultMinutes: 50 },
};
