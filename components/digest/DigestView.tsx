import { useEffect, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useNow } from '@/components/use-now';
import { db } from '@/lib/db/app-db';
import { countHandled } from '@/lib/db/held-repo';
import { useFocusFlag } from '@/components/use-focus-flag';
import { keepCursor, stepCursor, type DigestCommand } from '@/lib/digest/digest-cursor';
import { appKeyOf, matchesFilter, prepareSearch, searchMatcher } from '@/lib/digest/digest-filter';
import { FIRST_SCREEN_ENTRIES } from '@/lib/digest/first-screen';
import { groupDigest, idsOfEntry, idsOfGroup, narrowDigest, type DigestEntry } from '@/lib/digest/digest-groups';
import { formatWhen } from '@/lib/focus/status-text';
import { sendMessage } from '@/lib/messaging/protocol';
import type { TierSettings } from '@/lib/sla/tiers';
import type { WorkingHours } from '@/lib/time/business-time';
import { DigestFind } from './DigestFind';
import { DigestList, type ListedRow } from './DigestList';
import { useDigestUi } from './digest-store';
import type { Row, RowActions } from './EntryRow';
import { KeysHelp } from './KeysHelp';
import { replyLater } from './reply-later';
import { useDigestKeys } from './use-digest-keys';
import { HISTORY_PAGE, useDigestRows, useFirstScreen, type FirstScreen } from './use-digest-rows';

interface Props {
  tiers: TierSettings;
  hours: WorkingHours;
  /** False while the page still shows the default settings: the first screen waits for the real tier order. */
  settingsLoaded: boolean;
  /** The first screen read before the page mounted, for the tier order it names. */
  firstScreen?: FirstScreen;
}

/** The digest: ranked, grouped, searchable, and handled from the keyboard. */
export function DigestView({ tiers, hours, settingsLoaded, firstScreen }: Props) {
  const ui = useDigestUi();
  const { filter } = ui;
  const now = useNow(15_000);
  const flag = useFocusFlag();
  // The page opens on its first groups, read through indexes, then every row (live) once they are
  // shown; the full list keeps them where they are (lib/digest/first-screen.ts).
  const defaultView = filter.state === 'waiting' && !filter.query && filter.apps.length === 0 && filter.tiers.length === 0;
  const [started, setStarted] = useState(false);
  const tierIds = useMemo(() => tiers.tiers.map((t) => t.id), [tiers]);
  const fullRows = useDigestRows(filter.state, started, ui.historyPages);
  const firstRows = useFirstScreen(!fullRows && settingsLoaded && defaultView ? tierIds : undefined, firstScreen);
  if (!started && (firstRows !== undefined || (settingsLoaded && !defaultView))) setStarted(true);
  const partial = fullRows === undefined && firstRows !== undefined;
  const rows = fullRows ?? firstRows;
  useEffect(() => {
    if (!fullRows) return;
    const id = requestIdleCallback(() => prepareSearch(fullRows));
    return () => cancelIdleCallback(id);
  }, [fullRows]);
  const handled = useLiveQuery(() => countHandled(db)) ?? 0;
  const searchRef = useRef<HTMLInputElement>(null);

  // Ranked and grouped for the state and the app and tier filters; a search narrows those groups
  // (lib/digest/digest-groups.ts) instead of grouping every row again on each keystroke.
  const { state, apps: appFilter, tiers: tierFilter, query } = filter;
  const ranked = useMemo(() => {
    const shown = { state, apps: appFilter, tiers: tierFilter };
    return groupDigest((rows ?? []).filter((r) => matchesFilter(r, shown, now)), tiers);
  }, [rows, state, appFilter, tierFilter, now, tiers]);
  const groups = useMemo(() => (query.trim() ? narrowDigest(ranked, searchMatcher(query), tiers) : ranked), [ranked, query, tiers]);
  const apps = useMemo(() => {
    const seen = new Map<string, string>();
    for (const r of rows ?? []) seen.set(appKeyOf(r), r.app);
    return [...seen].map(([key, name]) => ({ key, name })).sort((a, b) => a.name.localeCompare(b.name));
  }, [rows]);
  // While only the first groups are read, a screenful of their entries is rendered (the first
  // render waits for no more); the rest come below them with the full list, so nothing shown moves.
  const entries = useMemo(() => {
    const all = groups.flatMap((g) => g.entries.map((entry, i) => ({ entry, group: i === 0 ? g : undefined })));
    return partial ? all.slice(0, FIRST_SCREEN_ENTRIES) : all;
  }, [groups, partial]);
  const keys = useMemo(() => entries.map((e) => e.entry.key), [entries]);

  // The cursor stays on its row while the list changes; when its row leaves, the next one.
  const cursor = keepCursor(ui.listed, keys, ui.cursor);
  const { setListed } = ui;
  useEffect(() => setListed(keys, cursor), [keys, cursor, setListed]);
  const cursorIndex = cursor === undefined ? -1 : keys.indexOf(cursor);

  const focusUntil = flag?.until && flag.until > now.getTime() ? flag.until : undefined;
  const snoozeContext = useMemo(() => ({ now, hours, ...(focusUntil ? { focusUntil: new Date(focusUntil) } : {}) }), [now, hours, focusUntil]);
  const { setCursor, setSnoozing, toggleExpanded } = ui;
  // Stable, so a cursor move re-renders only the rows whose cursor flag changed.
  const actions: RowActions = useMemo(
    () => ({
      open: (entry) => void sendMessage('openHeld', { id: entry.latest.id }),
      handle: (ids) => void sendMessage('markHandled', { ids }),
      snooze: (ids, until) => {
        setSnoozing(undefined);
        void sendMessage('snoozeHeld', { ids, until: until.getTime() });
      },
      reply: (entry: DigestEntry<Row>) => replyLater(entry.latest),
      setCursor,
      setSnoozing,
      toggleExpanded,
    }),
    [setCursor, setSnoozing, toggleExpanded],
  );
  const current = cursorIndex >= 0 ? entries[cursorIndex]?.entry : undefined;
  useDigestKeys((command: DigestCommand) => {
    if (command === 'search') return searchRef.current?.focus();
    if (command === 'help') return ui.setShowKeys(!ui.showKeys);
    if (command === 'next' || command === 'previous') return ui.setCursor(stepCursor(keys, cursor, command === 'next' ? 1 : -1));
    if (!current) return;
    if (command === 'open') actions.open(current);
    if (command === 'handle' && filter.state !== 'handled') actions.handle(idsOfEntry(current));
    if (command === 'snooze' && filter.state !== 'handled') ui.setSnoozing(current.key);
    if (command === 'reply') actions.reply(current);
  });

  const listed: ListedRow[] = useMemo(
    () =>
      entries.map(({ entry, group }) => ({
        entry,
        ...(group ? { group } : {}),
        tiers,
        now,
        state: filter.state,
        expanded: ui.expanded.has(entry.key),
        snoozing: ui.snoozing,
        snoozeContext,
        actions,
      })),
    [entries, tiers, now, filter.state, ui.expanded, ui.snoozing, snoozeContext, actions],
  );
  const total = useMemo(() => groups.reduce((n, g) => n + g.entries.reduce((m, e) => m + e.count, 0), 0), [groups]);
  // Mark all handled acts on everything listed: not before everything is.
  const hasVisible = entries.length > 0 && !partial;
  const markAll = () => {
    const visibleIds = groups.flatMap(idsOfGroup);
    ui.setUndo({ ids: visibleIds, count: total });
    void sendMessage('markHandled', { ids: visibleIds });
  };
  const undo = () => {
    if (!ui.undo) return;
    void sendMessage('restoreHandled', { ids: ui.undo.ids });
    ui.setUndo(undefined);
  };
  const next = flag?.nextCheck;

  return (
    <section aria-labelledby="digest-held" className="digest">
      <h2 id="digest-held" className="visually-hidden">
        Held notifications
      </h2>
      <DigestFind filter={filter} apps={apps} tiers={tiers} searchRef={searchRef} onChange={ui.setFilter} />
      <div className="row digest-bar">
        <p className="muted" aria-live="polite">
          {rows === undefined || partial ? 'Loading…' : `${total} ${filter.state === 'waiting' ? 'held' : filter.state}`}
          {filter.state === 'waiting' && handled > 0 && ` · ${handled} handled`}
        </p>
        {filter.state === 'waiting' && hasVisible && (
          <button type="button" onClick={markAll}>
            Mark all handled
          </button>
        )}
        <button type="button" aria-expanded={ui.showKeys} onClick={() => ui.setShowKeys(!ui.showKeys)}>
          Keys (?)
        </button>
      </div>
      <div role="status" aria-live="polite" className="undo-bar">
        {ui.undo && (
          <p className="row">
            {ui.undo.count} marked handled.{' '}
            <button type="button" onClick={undo}>
              Undo
            </button>
          </p>
        )}
      </div>
      {ui.showKeys && <KeysHelp onClose={() => ui.setShowKeys(false)} />}
      {/* The list's place is kept while loading, so nothing below it jumps when rows arrive. */}
      <div className="digest-body">
        {rows === undefined || (partial && entries.length === 0) ? null : entries.length === 0 ? (
          <p className="empty">
            {filter.query || filter.apps.length || filter.tiers.length
              ? 'Nothing matches. Clear the search or the filters to see more.'
              : filter.state === 'waiting'
                ? 'Nothing held. Notifications held during focus appear here, most urgent first.'
                : filter.state === 'snoozed'
                  ? 'Nothing snoozed. Snoozed items come back here at their time.'
                  : 'No handled items yet.'}{' '}
            {filter.state === 'waiting' && (next ? `Next digest ${formatWhen(new Date(next.at), now)} (${next.label}).` : 'The next digest comes at the end of your next focus block.')}
          </p>
        ) : (
          <DigestList rows={listed} cursorIndex={cursorIndex} cursorKey={cursor} partial={partial} />
        )}
        {/* The history is read a page at a time; a full page means there may be older ones. */}
        {filter.state === 'handled' && rows !== undefined && rows.length >= HISTORY_PAGE * ui.historyPages && (
          <button type="button" onClick={ui.showMoreHistory}>
            Show older handled items
          </button>
        )}
      </div>
    </section>
  );
}
