/**
 * Where the cursor goes when the list changes under it: it stays on its row while that row is
 * listed (new items above or below do not move it), and when its row leaves (handled, snoozed),
 * it takes the row that came next, or the last one; so focus is never lost.
 */
export function keepCursor(before: readonly string[], after: readonly string[], cursor: string | undefined): string | undefined {
  if (after.length === 0) return undefined;
  if (cursor !== undefined && after.includes(cursor)) return cursor;
  const old = cursor === undefined ? -1 : before.indexOf(cursor);
  if (old === -1) return after[0];
  const stillListed = new Set(after);
  // The first row after the old one that is still listed, else the last.
  for (let i = old + 1; i < before.length; i++) if (stillListed.has(before[i]!)) return before[i];
  return after[after.length - 1];
}

/** The cursor one step on (j) or back (k), stopping at the ends. */
export function stepCursor(keys: readonly string[], cursor: string | undefined, step: 1 | -1): string | undefined {
  if (keys.length === 0) return undefined;
  const at = cursor === undefined ? -1 : keys.indexOf(cursor);
  if (at === -1) return keys[0];
  return keys[Math.min(keys.length - 1, Math.max(0, at + step))];
}

/** The digest's keys: one letter each, as the ? panel lists them. */
export const DIGEST_KEYS = [
  { key: 'j', does: 'Next entry' },
  { key: 'k', does: 'Previous entry' },
  { key: 'Enter', does: 'Open in the app' },
  { key: 'e', does: 'Mark handled' },
  { key: 's', does: 'Snooze' },
  { key: 'r', does: 'Reply later' },
  { key: '/', does: 'Search' },
  { key: '?', does: 'Show these keys' },
] as const;

export type DigestCommand = 'next' | 'previous' | 'open' | 'handle' | 'snooze' | 'reply' | 'search' | 'help';

/** The command a key press means, or none (a modifier held, or typing in a field). */
export function commandForKey(key: string, { inField, modified }: { inField: boolean; modified: boolean }): DigestCommand | undefined {
  if (modified || inField) return undefined;
  const map: Record<string, DigestCommand> = { j: 'next', k: 'previous', Enter: 'open', e: 'handle', s: 'snooze', r: 'reply', '/': 'search', '?': 'help' };
  return map[key];
}
