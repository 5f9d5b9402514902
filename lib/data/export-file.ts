import { readSection, toStored, type SectionDef, type StoredSection } from '../settings/section';
import { isSectionName, SECTIONS, type SectionName, type Settings } from '../settings/sections';
import { toFieldErrors } from '../settings/validate';
import { parseUntrustedJson } from './safe-json';

export const EXPORT_FORMAT = 'heads-down-export';
/** Bumped with a step in EXPORT_MIGRATIONS whenever the file's own shape changes. */
export const EXPORT_VERSION = 1;

/** What the user's data part holds: rows as stored, for their records and the weekly review. */
export interface ExportedData {
  held: unknown[];
  questions: unknown[];
  sessions: unknown[];
  digests: unknown[];
  outbox: unknown[];
}

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  /** Each section as it is stored, with its own version, so a later Heads Down migrates it. */
  settings: Partial<Record<SectionName, StoredSection>>;
  data?: ExportedData;
}

export function buildExport(settings: Settings, exportedAt: Date, data?: ExportedData): ExportFile {
  const sections = Object.fromEntries(
    (Object.keys(SECTIONS) as SectionName[]).map((name) => [name, toStored(SECTIONS[name] as SectionDef<unknown>, settings[name])]),
  ) as ExportFile['settings'];
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: exportedAt.toISOString(), settings: sections, ...(data ? { data } : {}) };
}

export const exportFileName = (at: Date) => `heads-down-${at.toISOString().slice(0, 10)}.json`;

/** `EXPORT_MIGRATIONS[n]` turns a version-n file into version n+1; shipped steps are never edited. */
const EXPORT_MIGRATIONS: Record<number, (file: Record<string, unknown>) => Record<string, unknown>> = {};

export type ImportRead =
  | { ok: true; settings: Partial<Settings>; hasData: boolean }
  | { ok: false; error: string; fields?: Record<string, string> };

const refuse = (error: string, fields?: Record<string, string>): ImportRead => ({ ok: false, error: `Nothing was imported: ${error}`, ...(fields ? { fields } : {}) });

/**
 * Reads a settings file the user picked, whole, before anything changes: every section it has
 * must be a known one, from this version or an older one, and valid. The first problem names its
 * field. Sections the file does not have are left as they are.
 */
export function readImport(text: string): ImportRead {
  const parsed = parseUntrustedJson(text);
  if (!parsed.ok) return refuse(parsed.error);
  let file = parsed.value as Record<string, unknown>;
  if (typeof file !== 'object' || file === null || Array.isArray(file) || file.format !== EXPORT_FORMAT) {
    return refuse('this is not a Heads Down export (its "format" is not "heads-down-export").');
  }
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return refuse('version: not a version number.');
  if (version > EXPORT_VERSION) return refuse(`the file was made by a newer Heads Down (file version ${version}); update Heads Down, then import it.`);
  for (let v = version; v < EXPORT_VERSION; v++) file = EXPORT_MIGRATIONS[v]!(file);

  const sections = file.settings;
  if (typeof sections !== 'object' || sections === null || Array.isArray(sections)) return refuse('settings: missing, or not a list of sections.');
  const settings: Partial<Record<SectionName, unknown>> = {};
  for (const [name, stored] of Object.entries(sections)) {
    if (!isSectionName(name)) return refuse(`settings.${name}: not a section Heads Down knows.`);
    const def = SECTIONS[name] as SectionDef<unknown>;
    const v = (stored as Partial<StoredSection> | null)?.v;
    if (typeof v === 'number' && v > def.version) return refuse(`settings.${name}: saved by a newer Heads Down (version ${v}).`);
    const read = readSection(def, stored);
    if (read.problem) {
      // Say which field: the same checks, run again on the migrated value for their messages.
      const issues = def.schema.safeParse((stored as StoredSection | null)?.value).error?.issues ?? [];
      const fields = toFieldErrors(name, issues);
      const first = Object.entries(fields)[0];
      return refuse(first ? `${first[0]}: ${first[1]}` : `settings.${name}: not readable.`, fields);
    }
    settings[name] = read.value;
  }
  if (Object.keys(settings).length === 0) return refuse('the file has no settings in it.');
  return { ok: true, settings: settings as Partial<Settings>, hasData: file.data !== undefined };
}
