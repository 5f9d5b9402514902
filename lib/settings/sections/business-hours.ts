import { z } from '@/lib/zod-jitless';
import type { Weekday } from '../../focus/schedule';
import { parseWallTime } from '../../time/wall-time';
import type { SectionDef } from '../section';
import { localDate, wallTime, weekday } from './fields';

export interface BusinessHoursSettings {
  start: string;
  end: string;
  days: Weekday[];
  /** Dates off ("2026-12-25"): no working time on them. */
  holidays: string[];
}

const schema: z.ZodType<BusinessHoursSettings> = z
  .object({
    start: wallTime,
    end: wallTime,
    days: z.array(weekday).min(1, 'Pick at least one working day.').max(7),
    holidays: z.array(localDate).max(366),
  })
  .refine((h) => parseWallTime(h.start)! < parseWallTime(h.end)!, { message: 'The day must end after it starts.', path: ['end'] });

export const businessHoursSection: SectionDef<BusinessHoursSettings> = {
  name: 'businessHours',
  title: 'Business hours',
  version: 1,
  schema,
  defaults: { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5], holidays: [] },
};
