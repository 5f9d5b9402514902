import type { ListedItem } from './digest-groups';

/** Waiting: held and not snoozed; snoozed: held until a later time; handled: the history. */
export type ItemState = 'waiting' | 'snoozed' | 'handled';

export interface DigestFilter {
  query: string;
  /** Empty: every app (by appId, or the app's name for items without one). */
  apps: readonly string[];
  tiers: readonly string[];
  state: ItemState;
}

export const EMPTY_FILTER: DigestFilter = { query: '', apps: [], tiers: [], state: 'waiting' };

export function stateOf(item: Pick<ListedItem, 'status' | 'snoozedUntil'>, now: Date): ItemState | undefined {
  if (item.status === 'handled') return 'handled';
  if (item.status !== 'held') return undefined;
  return item.snoozedUntil !== undefined && item.snoozedUntil > now.getTime() ? 'snoozed' : 'waiting';
}

export const appKeyOf = (item: Pick<ListedItem, 'appId' | 'app'>) => item.appId ?? item.app;

/**
 * Whether an item shows under the filter. The query matches title, body, app and sender, any
 * case, every word somewhere ("dana deploy" finds Dana's message about the deploy). Without a
 * query, state, app and tier alone: the page groups those, then narrows with searchMatcher.
 */
export function matchesFilter(item: ListedItem, filter: Omit<DigestFilter, 'query'> & { query?: string }, now: Date): boolean {
  if (stateOf(item, now) !== filter.state) return false;
  if (filter.apps.length > 0 && !filter.apps.includes(appKeyOf(item))) return false;
  if (filter.tiers.length > 0 && !filter.tiers.includes(item.tierId)) return false;
  return !filter.query || searchMatcher(filter.query)(item);
}

/**
 * The query alone, as a test made once per keystroke rather than per item: the page groups the
 * items the rest of the filter shows, then narrows those groups with it (narrowDigest).
 */
export function searchMatcher(query: string): (item: ListedItem) => boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return () => true;
  return (item) => {
    const haystack = haystackOf(item);
    return words.every((w) => haystack.includes(w));
  };
}

// Each keystroke searches every row: the lower-cased text of a row is made once, not per keystroke
// (and ahead of the first one: prepareSearch). Rows are replaced, not changed, when the database
// changes, so a row's text never goes stale.
const haystacks = new WeakMap<object, string>();

/** Makes the rows' search text now (the page calls it when idle), so the first keystroke is as quick as the next. */
export function prepareSearch(items: readonly ListedItem[]): void {
  for (const item of items) haystackOf(item);
}
function haystackOf(item: ListedItem): string {
  let text = haystacks.get(item);
  if (text === undefined) haystacks.set(item, (text = `${item.title}\n${item.body}\n${item.app}\n${item.sender ?? ''}`.toLowerCase()));
  return text;
}
