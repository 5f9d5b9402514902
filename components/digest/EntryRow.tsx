import { lazy, memo, Suspense, type CSSProperties } from 'react';
import type { HeldNotification } from '@/lib/capture/held-notification';
import type { ItemState } from '@/lib/digest/digest-filter';
import { idsOfGroup, type DigestEntry, type DigestGroup } from '@/lib/digest/digest-groups';
import type { SnoozeContext } from '@/lib/digest/snooze-times';
import { findTier, type TierSettings } from '@/lib/sla/tiers';
import { HeldItem } from '../HeldItem';

// Loaded when a snooze is first opened: it carries the typed-time parser, which the list's first
// paint does not need.
const SnoozeChoices = lazy(() => import('./SnoozeChoices').then((m) => ({ default: m.SnoozeChoices })));

export type Row = HeldNotification & { id: number };

export interface RowActions {
  open: (entry: DigestEntry<Row>) => void;
  handle: (ids: number[]) => void;
  snooze: (ids: number[], until: Date) => void;
  reply: (entry: DigestEntry<Row>) => void;
  setCursor: (key: string) => void;
  setSnoozing: (key: string | undefined) => void;
  toggleExpanded: (key: string) => void;
}

export interface EntryRowProps {
  entry: DigestEntry<Row>;
  /** Set on the first entry of its group: the group's header and actions go above it. */
  group?: DigestGroup<Row>;
  tiers: TierSettings;
  now: Date;
  state: ItemState;
  isCursor: boolean;
  expanded: boolean;
  snoozing: string | undefined;
  snoozeContext: SnoozeContext;
  actions: RowActions;
  position: number;
  setSize: number;
  style?: CSSProperties;
}

/**
 * One entry of the digest: the latest item of a sender or tag, its count, and its actions. The
 * row itself takes focus (the keyboard cursor), so the cursor is the focus ring the user sees.
 */
export const EntryRow = memo(function EntryRow({ entry, group, tiers, now, state, isCursor, expanded, snoozing, snoozeContext, actions, position, setSize, style }: EntryRowProps) {
  const { latest, others } = entry;
  const ids = [latest.id, ...others.map((o) => o.id)];
  const label = latest.title;
  const groupLabel = group ? [findTier(tiers, group.tierId).name, group.app, group.conversation].filter(Boolean).join(' · ') : '';
  return (
    <li
      className={isCursor ? 'item entry cursor' : 'item entry'}
      style={style}
      aria-posinset={position}
      aria-setsize={setSize}
      aria-label={`${latest.title}${entry.count > 1 ? `, ${entry.count} notifications` : ''}`}
      tabIndex={isCursor ? 0 : -1}
      data-entry={entry.key}
      onFocus={(e) => e.target === e.currentTarget && actions.setCursor(entry.key)}
    >
      {group && (
        <div className="group-head row" role="group" aria-label={`Group ${groupLabel}`}>
          <h3 className="group-title">{groupLabel}</h3>
          {state !== 'handled' && (
            <>
              <button type="button" aria-label={`Mark group handled: ${groupLabel}`} onClick={() => actions.handle(idsOfGroup(group))}>
                Mark group handled
              </button>
              <button type="button" aria-label={`Snooze group: ${groupLabel}`} onClick={() => actions.setSnoozing(`group:${group.key}`)}>
                Snooze group
              </button>
            </>
          )}
          {snoozing === `group:${group.key}` && (
            <Suspense fallback={null}>
              <SnoozeChoices label={`group ${groupLabel}`} context={snoozeContext} onCancel={() => actions.setSnoozing(undefined)} onSnooze={(until) => actions.snooze(idsOfGroup(group), until)} />
            </Suspense>
          )}
        </div>
      )}
      <HeldItem item={latest} tiers={tiers} now={now} />
      {others.length > 0 && (
        <button type="button" className="link" aria-expanded={expanded} onClick={() => actions.toggleExpanded(entry.key)}>
          {expanded ? 'Hide' : 'Show'} {others.length} earlier from {latest.sender ?? 'this thread'} ({entry.count} in all)
        </button>
      )}
      {expanded && (
        <ul className="list others" aria-label={`Earlier from ${latest.sender ?? 'this thread'}`}>
          {others.map((o) => (
            <li key={o.id} className="item">
              <HeldItem item={o} tiers={tiers} now={now} />
            </li>
          ))}
        </ul>
      )}
      <div className="item-actions">
        <button type="button" aria-label={`Open: ${label}`} onClick={() => actions.open(entry)}>
          Open
        </button>
        {state !== 'handled' && (
          <>
            <button type="button" aria-label={`Mark handled: ${label}`} onClick={() => actions.handle(ids)}>
              Mark handled
            </button>
            <button type="button" aria-label={`Snooze: ${label}`} aria-expanded={snoozing === entry.key} onClick={() => actions.setSnoozing(snoozing === entry.key ? undefined : entry.key)}>
              Snooze
            </button>
          </>
        )}
        <button type="button" aria-label={`Reply later: ${label}`} onClick={() => actions.reply(entry)}>
          Reply later
        </button>
      </div>
      {snoozing === entry.key && (
        <Suspense fallback={null}>
          <SnoozeChoices label={label} context={snoozeContext} onCancel={() => actions.setSnoozing(undefined)} onSnooze={(until) => actions.snooze(ids, until)} />
        </Suspense>
      )}
    </li>
  );
});
