import { z } from '@/lib/zod-jitless';
import type { CustomSite } from '../../sites/custom-site';
import type { SectionDef } from '../section';
import { label } from './fields';

export interface SitesSettings {
  /** Preset ids (lib/sites/presets.ts) the user turned off. */
  disabledPresets: string[];
  custom: CustomSite[];
}

const schema: z.ZodType<SitesSettings> = z.object({
  disabledPresets: z.array(z.string().max(40)).max(50),
  custom: z.array(z.object({ id: z.string().min(1).max(40), name: label('app'), pattern: z.string().max(300) })).max(100),
});

export const sitesSection: SectionDef<SitesSettings> = {
  name: 'sites',
  title: 'Apps',
  version: 1,
  schema,
  defaults: { disabledPresets: [], custom: [] },
};
