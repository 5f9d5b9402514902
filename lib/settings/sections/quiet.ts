import { z } from '@/lib/zod-jitless';
import type { SectionDef } from '../section';

const schema = z.object({ muteTabs: z.boolean(), hideUnreadCounts: z.boolean() });

export type QuietSettings = z.infer<typeof schema>;

export const quietSection: SectionDef<QuietSettings> = {
  name: 'quiet',
  title: 'Quiet tabs',
  version: 1,
  schema,
  defaults: { muteTabs: true, hideUnreadCounts: true },
};
