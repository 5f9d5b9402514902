import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/lib/db/app-db';
import { listHandled, listHeld } from '@/lib/db/held-repo';
import type { ItemState } from '@/lib/digest/digest-filter';
import type { Row } from './EntryRow';

/** How much of the history the page reads at once (newest handled first, through an index). */
const HISTORY_PAGE = 2_000;

/**
 * The rows the digest lists, live: what waits (and what is snoozed) from the status index, or
 * the history of handled items, only while the history is shown. `undefined` while loading.
 */
export function useDigestRows(state: ItemState): Row[] | undefined {
  return useLiveQuery(() => (state === 'handled' ? listHandled(db, HISTORY_PAGE) : listHeld(db)) as Promise<Row[]>, [state]);
}
