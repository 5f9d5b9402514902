/** Limits for a file a user picks: it may come from anywhere. */
export const MAX_FILE_CHARS = 10_000_000;
export const MAX_DEPTH = 24;
export const MAX_STRING_CHARS = 100_000;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type SafeParse = { ok: true; value: unknown } | { ok: false; error: string; field?: string };

/**
 * JSON.parse, refusing what no Heads Down file contains and what could hurt whoever reads it:
 * prototype keys, deep nesting and huge strings. The field a problem is at is named, so the
 * person can see what is wrong with their file.
 */
export function parseUntrustedJson(text: string): SafeParse {
  if (text.length > MAX_FILE_CHARS) return { ok: false, error: `The file is too large (${(text.length / 1e6).toFixed(1)} MB; at most ${MAX_FILE_CHARS / 1e6} MB).` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: 'The file is not valid JSON: it may be cut off or not a Heads Down export.' };
  }
  const problem = findProblem(value, '', 0);
  return problem ? { ok: false, ...problem } : { ok: true, value };
}

function findProblem(value: unknown, path: string, depth: number): { error: string; field: string } | undefined {
  const here = path || '(the whole file)';
  if (typeof value === 'string') return value.length > MAX_STRING_CHARS ? { field: here, error: `${here}: text longer than ${MAX_STRING_CHARS.toLocaleString('en-US')} characters.` } : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  if (depth >= MAX_DEPTH) return { field: here, error: `${here}: nested more than ${MAX_DEPTH} levels deep.` };
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  for (const [key, child] of entries) {
    const at = path ? `${path}.${key}` : key;
    if (!Array.isArray(value) && FORBIDDEN_KEYS.has(key)) return { field: at, error: `${at}: a key no Heads Down file has.` };
    const problem = findProblem(child, at, depth + 1);
    if (problem) return problem;
  }
  return undefined;
}
