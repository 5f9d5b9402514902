import { LOCAL_CHAT_PRESET, SITE_PRESETS, type SitePreset } from './presets';

/**
 * The presets this build covers. The condition is replaced at build time, so the normal build
 * drops the loopback preset entirely.
 */
export const ACTIVE_PRESETS: readonly SitePreset[] =
  import.meta.env.MODE === 'e2e' ? [...SITE_PRESETS, LOCAL_CHAT_PRESET] : SITE_PRESETS;
