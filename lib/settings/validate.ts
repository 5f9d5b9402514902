import type { z } from 'zod';
import { SECTIONS, type SectionName, type Settings } from './sections';

/** Problems keyed by the field's dotted path from the settings root ("schedule.weekly.1.0.end"). */
export type FieldErrors = Record<string, string>;

export type SectionValidation<N extends SectionName> = { ok: true; value: Settings[N] } | { ok: false; errors: FieldErrors };

export function toFieldErrors(prefix: string, issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) errors[[prefix, ...issue.path.map(String)].join('.')] ??= issue.message;
  return errors;
}

/** Validates a whole section as a user edited it; the first problem of each field is kept. */
export function validateSection<N extends SectionName>(name: N, candidate: unknown): SectionValidation<N> {
  const parsed = (SECTIONS[name].schema as z.ZodType<Settings[N]>).safeParse(candidate);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: toFieldErrors(name, parsed.error.issues) };
}
