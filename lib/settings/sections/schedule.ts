import { z } from '@/lib/zod-jitless';
import type { FocusSchedule } from '../../focus/schedule';
import { validateSchedule } from '../../focus/validate-schedule';
import type { SectionDef } from '../section';
import { weekday } from './fields';

const timeBlock = z.object({ start: z.string().max(40), end: z.string().max(40) });

const schema: z.ZodType<FocusSchedule> = z
  .object({
    enabled: z.boolean(),
    weekly: z.array(z.array(timeBlock).max(12)).length(7),
    meetingFreeDays: z.array(weekday).max(7),
    exceptions: z
      .array(z.object({ date: z.string().max(40), skipScheduled: z.boolean(), blocks: z.array(timeBlock).max(12) }))
      .max(366),
  })
  .superRefine((schedule, ctx) => {
    for (const problem of validateSchedule(schedule as FocusSchedule)) {
      ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
    }
  });

const WORKDAY_BLOCKS = [
  { start: '09:00', end: '13:00' },
  { start: '15:00', end: '17:00' },
];

export const scheduleSection: SectionDef<FocusSchedule> = {
  name: 'schedule',
  title: 'Focus schedule',
  version: 1,
  schema,
  // Mon–Fri 9–13 and 15–17, off until the user turns it on.
  defaults: {
    enabled: false,
    weekly: [0, 1, 2, 3, 4, 5, 6].map((day) => (day >= 1 && day <= 5 ? WORKDAY_BLOCKS.map((b) => ({ ...b })) : [])),
    meetingFreeDays: [],
    exceptions: [],
  },
};
