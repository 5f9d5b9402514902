import { z } from '@/lib/zod-jitless';
import type { SectionDef } from '../section';

const days = (what: string, min: number, max: number) =>
  z
    .number({ error: 'Enter a number of days.' })
    .int('Use whole days.')
    .min(min, `Keep ${what} at least ${min} ${min === 1 ? 'day' : 'days'}.`)
    .max(max, `Keep ${what} at most ${max} days.`);

const schema = z.object({
  /** Handled notifications are deleted this many days after they were handled. */
  handledDays: days('handled notifications', 1, 3650),
  /** Focus blocks, questions and digests are kept this long, for the weekly review. */
  historyDays: days('history', 30, 3650),
});

export type DataSettings = z.infer<typeof schema>;

export const dataSection: SectionDef<DataSettings> = {
  name: 'data',
  title: 'Data & privacy',
  version: 1,
  schema,
  defaults: { handledDays: 30, historyDays: 365 },
};
