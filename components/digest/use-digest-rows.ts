import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/lib/db/app-db';
import { listFirstGroups, listHandled, listHeld } from '@/lib/db/held-repo';
import type { ItemState } from '@/lib/digest/digest-filter';
import type { Row } from './EntryRow';

/** How much of the history the page reads at once (newest handled first, through an index). */
export const HISTORY_PAGE = 2_000;

/**
 * The rows the digest lists, live: what waits (and what is snoozed) from the status index, or
 * the history of handled items, only while the history is shown, `historyPages` pages of it.
 * `undefined` while loading, or while not `enabled` (the first screen is read first: see
 * useFirstScreen).
 */
export function useDigestRows(state: ItemState, enabled: boolean, historyPages = 1): Row[] | undefined {
  return useLiveQuery(
    () => (!enabled ? undefined : (state === 'handled' ? listHandled(db, HISTORY_PAGE * historyPages) : listHeld(db)) as Promise<Row[]>),
    [state, enabled, historyPages],
  );
}

/**
 * The rows of the first groups of the list (lib/digest/first-screen.ts), read through indexes
 * in a few milliseconds however many items are held, so the page shows its first entries
 * before every row is read. `tierIds` most urgent first; `undefined`: not wanted.
 */
export function useFirstScreen(tierIds: readonly string[] | undefined): Row[] | undefined {
  const key = tierIds?.join('\u001f');
  // A first screen that cannot be read is only a head start lost: none, and the full read begins.
  return useLiveQuery(() => (tierIds ? (listFirstGroups(db, tierIds, new Date()).catch(() => []) as Promise<Row[]>) : undefined), [key]);
}
