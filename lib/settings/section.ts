import type { z } from 'zod';

/**
 * One part of the settings, stored on its own under `settings:<name>` as `{ v, value }`, so that
 * one part that cannot be read falls back alone while the others keep working.
 */
export interface SectionDef<T> {
  name: string;
  /** The section's heading on the options page, and how messages name it. */
  title: string;
  /** Bumped with a migration step whenever the stored shape changes. */
  version: number;
  schema: z.ZodType<T>;
  defaults: T;
  /** `migrations[n]` turns a version-n value into version n+1; shipped steps are never edited. */
  migrations?: Record<number, (value: unknown) => unknown>;
}

export interface StoredSection {
  v: number;
  value: unknown;
}

/**
 * Why a stored section was not used: saved by a newer version of Heads Down, or damaged. The
 * defaults stand in for it, and the options page says so before a save replaces it.
 */
export type SectionProblem = 'newer' | 'damaged';

export interface SectionRead<T> {
  value: T;
  problem?: SectionProblem;
}

export const SETTINGS_KEY_PREFIX = 'settings:';
export const sectionKey = (name: string) => `${SETTINGS_KEY_PREFIX}${name}`;

export const toStored = <T>(def: SectionDef<T>, value: T): StoredSection => ({ v: def.version, value });

const fallback = <T>(def: SectionDef<T>, problem?: SectionProblem): SectionRead<T> => ({
  // A copy, so that a caller editing what it read can never change the defaults.
  value: structuredClone(def.defaults),
  ...(problem ? { problem } : {}),
});

/** A stored section as the app should use it: migrated, validated, or the defaults. */
export function readSection<T>(def: SectionDef<T>, stored: unknown): SectionRead<T> {
  if (stored === undefined || stored === null) return fallback(def);
  const { v, value } = (typeof stored === 'object' ? stored : {}) as Partial<StoredSection>;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) return fallback(def, 'damaged');
  if (v > def.version) return fallback(def, 'newer');
  let current = value;
  try {
    for (let version = v; version < def.version; version++) {
      const step = def.migrations?.[version];
      if (!step) return fallback(def, 'damaged');
      current = step(structuredClone(current));
    }
  } catch {
    return fallback(def, 'damaged');
  }
  const parsed = def.schema.safeParse(current);
  return parsed.success ? { value: parsed.data } : fallback(def, 'damaged');
}
