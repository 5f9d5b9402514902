import type { SiteChoices } from '../sites/coverage';
import { sectionKey } from './section';

/** Where the Apps section is stored (see section.ts). */
export const SITES_KEY = sectionKey('sites');

const isText = (v: unknown): v is string => typeof v === 'string';

/**
 * The Apps section as the popup and the first-run page need it, read without the full schema
 * (and zod), like popup-view.ts: what is missing or malformed reads as the default.
 */
export function readSiteChoices(stored: unknown): SiteChoices {
  const value = ((stored ?? {}) as { value?: { disabledPresets?: unknown; custom?: unknown } }).value ?? {};
  const disabled = Array.isArray(value.disabledPresets) ? value.disabledPresets.filter(isText) : [];
  const custom = Array.isArray(value.custom)
    ? value.custom.filter((s): s is SiteChoices['custom'][number] => !!s && isText(s.id) && isText(s.name) && isText(s.pattern))
    : [];
  return { disabledPresets: disabled, custom };
}
