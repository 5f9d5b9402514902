import type { SectionDef } from '../section';
import { businessHoursSection } from './business-hours';
import { dataSection } from './data';
import { deliverySection } from './delivery';
import { digestSection } from './digest';
import { focusSection } from './focus';
import { lockdownSection } from './lockdown';
import { quietSection } from './quiet';
import { rulesSection } from './rules';
import { scheduleSection } from './schedule';
import { sitesSection } from './sites';
import { statusSection } from './status';
import { tiersSection } from './tiers';

/** Every settings section, in the order the options page shows them. */
export const SECTIONS = {
  focus: focusSection,
  schedule: scheduleSection,
  businessHours: businessHoursSection,
  tiers: tiersSection,
  rules: rulesSection,
  digest: digestSection,
  delivery: deliverySection,
  sites: sitesSection,
  quiet: quietSection,
  lockdown: lockdownSection,
  status: statusSection,
  data: dataSection,
};

export type SectionName = keyof typeof SECTIONS;
type ValueOf<D> = D extends SectionDef<infer T> ? T : never;
/** All settings: one value per section. */
export type Settings = { [N in SectionName]: ValueOf<(typeof SECTIONS)[N]> };

export const SECTION_NAMES = Object.keys(SECTIONS) as SectionName[];

export const isSectionName = (name: unknown): name is SectionName => typeof name === 'string' && Object.hasOwn(SECTIONS, name);
