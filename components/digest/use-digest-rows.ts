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

/** A first screen read for one tier order (`key`: the tier ids joined). */
export interface FirstScreen {
  key: string;
  rows: Row[];
}

const keyOfTiers = (tierIds: readonly string[]) => tierIds.join('\u001f');

// A first screen that cannot be read is only a head start lost: none, and the full read begins.
const readFirstGroups = (tierIds: readonly string[]) => listFirstGroups(db, tierIds, new Date()).catch(() => []) as Promise<Row[]>;

/**
 * Reads the first screen for a tier order now, outside React: the page reads it with the
 * settings, before its first render (entrypoints/digest/App.tsx), instead of after that render
 * and its effects.
 */
export async function readFirstScreen(tierIds: readonly string[]): Promise<FirstScreen> {
  return { key: keyOfTiers(tierIds), rows: await readFirstGroups(tierIds) };
}

/**
 * The rows of the first groups of the list (lib/digest/first-screen.ts), read through indexes
 * in a few milliseconds however many items are held, so the page shows its first entries
 * before every row is read. `tierIds` most urgent first; `undefined`: not wanted. `early`, read
 * before React mounted (readFirstScreen), stands for it while its tier order is the one wanted:
 * it is shown only until every row is read (live), a fraction of a second, so a change made in
 * that moment shows with the full list.
 */
export function useFirstScreen(tierIds: readonly string[] | undefined, early?: FirstScreen): Row[] | undefined {
  const key = tierIds && keyOfTiers(tierIds);
  const earlyRows = early !== undefined && early.key === key ? early.rows : undefined;
  const live = useLiveQuery(() => (tierIds && !earlyRows ? readFirstGroups(tierIds) : undefined), [key, !earlyRows]);
  return earlyRows ?? live;
}
