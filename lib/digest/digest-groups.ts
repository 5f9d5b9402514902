import type { HeldNotification } from '../capture/held-notification';
import { countOf } from '../capture/held-notification';
import { findTier, tierRank, type TierSettings } from '../sla/tiers';

/** The fields the digest list reads; icons are not among them (they stay out of each row). */
export type ListedItem = Pick<
  HeldNotification,
  'status' | 'createdAt' | 'origin' | 'appId' | 'app' | 'title' | 'body' | 'tag' | 'tierId' | 'why' | 'dueAt' | 'sender' | 'conversation' | 'replaced' | 'burst' | 'snoozedUntil' | 'handledAt'
> & { id: number };

/** One line of the digest: the latest item of a sender (or tag) in a conversation, and the others. */
export interface DigestEntry<T extends ListedItem = ListedItem> {
  key: string;
  latest: T;
  /** The earlier items collapsed under it, newest first. */
  others: T[];
  /** Notifications it stands for (bursts and replacements included). */
  count: number;
  /** The earliest due time among its items. */
  dueAt?: number;
}

/** Items of one tier, app and conversation. */
export interface DigestGroup<T extends ListedItem = ListedItem> {
  key: string;
  tierId: string;
  app: string;
  conversation?: string;
  entries: DigestEntry<T>[];
  dueAt?: number;
}

const due = (x: { dueAt?: number }) => x.dueAt ?? Infinity;
const minDue = (list: readonly { dueAt?: number }[]) => {
  const at = Math.min(...list.map(due));
  return at === Infinity ? undefined : at;
};

// Keys join their parts with U+001F: no app or sender name holds it, and CSS.escape keeps it
// (a NUL would become U+FFFD, and the page could not find the row by its key).

/** An item's app and conversation: with its tier, the group it is listed in. Stored on each row (an index). */
export const threadKeyOf = (item: Pick<ListedItem, 'appId' | 'app' | 'conversation'>) => `${item.appId ?? item.app}\u001f${item.conversation ?? ''}`;

/** What collapses: the same sender, else the same tag, else nothing (the item alone). */
export const collapseKey = (item: Pick<ListedItem, 'sender' | 'tag' | 'id'>) => (item.sender ? `s:${item.sender}` : item.tag ? `t:${item.tag}` : `i:${item.id}`);

/** An entry of items sorted newest first: the latest shows, the others collapse under it. */
function entryOf<T extends ListedItem>(key: string, sorted: T[]): DigestEntry<T> {
  const dueAt = minDue(sorted);
  return { key, latest: sorted[0]!, others: sorted.slice(1), count: sorted.reduce((n, r) => n + countOf(r), 0), ...(dueAt !== undefined ? { dueAt } : {}) };
}

const compareEntries = (a: DigestEntry, b: DigestEntry) => due(a) - due(b) || b.latest.createdAt - a.latest.createdAt || b.latest.id - a.latest.id;

function withEntries<T extends ListedItem>(group: Omit<DigestGroup<T>, 'entries' | 'dueAt'>, entries: DigestEntry<T>[]): DigestGroup<T> {
  entries.sort(compareEntries);
  const dueAt = minDue(entries);
  return { key: group.key, tierId: group.tierId, app: group.app, ...(group.conversation ? { conversation: group.conversation } : {}), entries, ...(dueAt !== undefined ? { dueAt } : {}) };
}

function sortGroups<T extends ListedItem>(groups: DigestGroup<T>[], tiers: TierSettings): DigestGroup<T>[] {
  return groups.sort(
    (a, b) =>
      tierRank(tiers, a.tierId) - tierRank(tiers, b.tierId) ||
      due(a) - due(b) ||
      a.app.localeCompare(b.app) ||
      (a.conversation ?? '').localeCompare(b.conversation ?? ''),
  );
}

/**
 * The digest ranked and grouped: tiers most urgent first, groups in a tier by their earliest due
 * time (then app, then conversation, so the order is stable), entries by due time then newest.
 * Ties always break the same way, so a live update never reshuffles equal rows.
 */
export function groupDigest<T extends ListedItem>(items: readonly T[], tiers: TierSettings): DigestGroup<T>[] {
  const groups = new Map<string, { tierId: string; app: string; conversation?: string; byKey: Map<string, T[]> }>();
  for (const item of items) {
    const tierId = findTier(tiers, item.tierId).id;
    const groupKey = `${tierId}\u001f${threadKeyOf(item)}`;
    let group = groups.get(groupKey);
    if (!group) groups.set(groupKey, (group = { tierId, app: item.app, ...(item.conversation ? { conversation: item.conversation } : {}), byKey: new Map() }));
    const k = collapseKey(item);
    const list = group.byKey.get(k);
    if (list) list.push(item);
    else group.byKey.set(k, [item]);
  }
  const result: DigestGroup<T>[] = [...groups].map(([key, g]) =>
    withEntries(
      { key, ...g },
      [...g.byKey].map(([k, list]) => entryOf(`${key}\u001f${k}`, list.sort((a, b) => b.createdAt - a.createdAt || b.id - a.id))),
    ),
  );
  return sortGroups(result, tiers);
}

/**
 * The grouped digest narrowed to the items `keep` accepts, as groupDigest would group just those
 * items: each entry keeps its matching items (the latest of them shows), groups and entries with
 * none go, and what is left is ranked again (a group's due time may be later now). A search
 * keystroke costs a pass over the items instead of grouping them all again; an entry or group
 * that keeps everything is the same object, so its row need not render again.
 */
export function narrowDigest<T extends ListedItem>(groups: readonly DigestGroup<T>[], keep: (item: T) => boolean, tiers: TierSettings): DigestGroup<T>[] {
  const narrowed: DigestGroup<T>[] = [];
  for (const group of groups) {
    let changed = false;
    const entries: DigestEntry<T>[] = [];
    for (const entry of group.entries) {
      const items = keep(entry.latest) ? [entry.latest] : [];
      for (const other of entry.others) if (keep(other)) items.push(other);
      if (items.length === entry.others.length + 1) entries.push(entry);
      else {
        changed = true;
        if (items.length > 0) entries.push(entryOf(entry.key, items));
      }
    }
    if (!changed) narrowed.push(group);
    else if (entries.length > 0) narrowed.push(withEntries(group, entries));
  }
  return sortGroups(narrowed, tiers);
}

/** Every item id an entry stands for: actions on an entry act on all of them. */
export const idsOfEntry = (entry: DigestEntry) => [entry.latest.id, ...entry.others.map((o) => o.id)];
export const idsOfGroup = (group: DigestGroup) => group.entries.flatMap(idsOfEntry);
