import { LEGACY_SECTIONS, LEGACY_SETTINGS_KEY, readLegacyParts } from './legacy';
import { readSection, sectionKey, type SectionDef, type SectionProblem, type SectionRead } from './section';
import { SECTION_NAMES, SECTIONS, type SectionName, type Settings } from './sections';

export type { SectionName, Settings };

export interface StoredSettings {
  settings: Settings;
  /** Sections whose stored value could not be read: their defaults stand in (see SectionProblem). */
  problems: Partial<Record<SectionName, SectionProblem>>;
}

/** The storage keys settings live under: one per section, and the legacy single object. */
export const SETTINGS_STORAGE_KEYS = [...SECTION_NAMES.map(sectionKey), LEGACY_SETTINGS_KEY];

/**
 * The settings as stored (a storage.local record), every section read on its own: one that
 * cannot be read falls back to its defaults alone and is reported. A section not stored yet is
 * taken from the legacy single object when one is there (the background splits it into
 * sections on its next start).
 */
export function readSettings(record: Record<string, unknown>): StoredSettings {
  const legacyRaw = record[LEGACY_SETTINGS_KEY];
  const legacy = legacyRaw === undefined || legacyRaw === null ? undefined : readLegacyParts(legacyRaw);
  const settings = {} as Record<SectionName, unknown>;
  const problems: StoredSettings['problems'] = {};
  for (const name of SECTION_NAMES) {
    const read = readOne(name, record, legacy);
    settings[name] = read.value;
    if (read.problem) problems[name] = read.problem;
  }
  return { settings: settings as Settings, problems };
}

function readOne(name: SectionName, record: Record<string, unknown>, legacy: ReturnType<typeof readLegacyParts> | undefined): SectionRead<unknown> {
  const def = SECTIONS[name] as SectionDef<unknown>;
  const stored = record[sectionKey(name)];
  if (stored !== undefined || !legacy || !LEGACY_SECTIONS.includes(name)) return readSection(def, stored);
  if ('problem' in legacy) return { ...readSection(def, undefined), problem: legacy.problem };
  // A legacy part has the shape of the section's first version.
  return readSection(def, { v: 1, value: legacy.parts[name] });
}

/** A copy of every section's defaults. */
export const defaultSettings = (): Settings => readSettings({}).settings;
