import { LOCAL_CHAT_PRESET, SITE_PRESETS, type SitePreset } from './presets';

/**
 * The presets this build covers. The condition is replaced at build time, so the normal build
 * drops the loopback preset entirely; the e2e build and the bench's build (the normal build
 * otherwise) cover the fixture pages served on loopback.
 */
export const ACTIVE_PRESETS: readonly SitePreset[] =
  import.meta.env.MODE === 'e2e' || import.meta.env.MODE === 'bench' ? [...SITE_PRESETS, LOCAL_CHAT_PRESET] : SITE_PRESETS;
