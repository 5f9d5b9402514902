import { z } from '@/lib/zod-jitless';
import { DEFAULT_BREAKTHROUGH_CAP } from '../../sla/breakthrough';
import { parseWallTime } from '../../time/wall-time';
import type { SectionDef } from '../section';
import { wallTime, wholeNumber } from './fields';

export interface DigestSettings {
  /** "HH:mm" on working days, in order: check messages at these moments. */
  times: string[];
  /** An item is released this long before its due time at the latest. */
  marginMinutes: number;
  /** Hold notifications during working hours outside focus too, and deliver them at digest times. */
  batching: boolean;
  /** Breakthroughs per app in one block (or one batching day). */
  breakthroughCap: number;
}

/** Digest times closer than this are one check, not two. */
export const MIN_DIGEST_GAP_MINUTES = 15;

const schema: z.ZodType<DigestSettings> = z
  .object({
    times: z.array(wallTime).max(12, 'At most 12 digest times.'),
    marginMinutes: wholeNumber('minutes', 0, 120),
    batching: z.boolean(),
    breakthroughCap: wholeNumber('notifications', 0, 100),
  })
  .superRefine((s, ctx) => {
    const minutes = s.times.map((t) => parseWallTime(t));
    minutes.forEach((m, i) => {
      if (m === undefined) return;
      const clash = minutes.findIndex((other, j) => j < i && other !== undefined && Math.abs(other - m) < MIN_DIGEST_GAP_MINUTES);
      if (clash === -1) return;
      const message =
        minutes[clash] === m
          ? `${s.times[i]} is a digest time already.`
          : `${s.times[i]} is less than ${MIN_DIGEST_GAP_MINUTES} minutes from ${s.times[clash]}: one digest covers both.`;
      ctx.addIssue({ code: 'custom', path: ['times', i], message });
    });
  })
  // Stored in the order of the day, whatever order they were typed in.
  .transform((s) => ({ ...s, times: [...s.times].sort((a, b) => parseWallTime(a)! - parseWallTime(b)!) }));

export const digestSection: SectionDef<DigestSettings> = {
  name: 'digest',
  title: 'Digest times',
  version: 1,
  schema,
  defaults: { times: ['11:00', '13:00', '16:00'], marginMinutes: 10, batching: false, breakthroughCap: DEFAULT_BREAKTHROUGH_CAP },
};
