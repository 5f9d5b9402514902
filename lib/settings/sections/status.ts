import { z } from '@/lib/zod-jitless';
import { DEFAULT_STATUS_TEMPLATE } from '../../focus/status-message';
import type { SectionDef } from '../section';

const schema = z.object({
  template: z.string().trim().min(1, 'Write a status message.').max(300, 'Keep it under 300 characters.'),
});

export type StatusSettings = z.infer<typeof schema>;

export const statusSection: SectionDef<StatusSettings> = {
  name: 'status',
  title: 'Status message',
  version: 1,
  schema,
  defaults: { template: DEFAULT_STATUS_TEMPLATE },
};
