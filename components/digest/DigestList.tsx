import { useEffect, useLayoutEffect, useMemo, useRef, type CSSProperties } from 'react';
import { List, useDynamicRowHeight, type ListImperativeAPI, type RowComponentProps } from 'react-window';
import { EntryRow, type EntryRowProps } from './EntryRow';

/**
 * Above this many entries the list is virtualised; below it every row is in the page, so the
 * browser's find-in-page and screen readers see them all.
 */
export const VIRTUALISE_ABOVE = 300;

export type ListedRow = Omit<EntryRowProps, 'position' | 'setSize' | 'style' | 'isCursor'>;

interface Props {
  rows: ListedRow[];
  cursorIndex: number;
  cursorKey: string | undefined;
  /** Only the first groups are read yet: their size is unknown (-1, as ARIA says). */
  partial?: boolean;
}

interface VirtualProps {
  rows: ListedRow[];
  cursorKey: string | undefined;
}

const keyOfRow = (index: number, { rows }: VirtualProps) => rows[index]!.entry.key;

const offsetOf = (style: CSSProperties) => Number(/translateY\((-?[\d.]+)px\)/.exec(String(style.transform ?? ''))?.[1] ?? NaN);

function VirtualRow({ index, style, rows, cursorKey }: RowComponentProps<VirtualProps>) {
  const row = rows[index]!;
  const isCursor = row.entry.key === cursorKey;
  useKeepInPlace(row.entry.key, isCursor, offsetOf(style));
  return <EntryRow {...row} isCursor={isCursor} position={index + 1} setSize={rows.length} style={style} />;
}

/**
 * The row under the cursor stays where it is on screen when rows above it come, go or change
 * height (a new notification arrives while the page is open). A row's offset in the list changes
 * only then, never when the user scrolls, so any change is scrolled away by the same amount.
 */
function useKeepInPlace(key: string, isCursor: boolean, offset: number): void {
  const last = useRef<number | undefined>(undefined);
  useLayoutEffect(() => {
    const before = last.current;
    last.current = isCursor && Number.isFinite(offset) ? offset : undefined;
    if (before === undefined || last.current === undefined || offset === before) return;
    const list = document.querySelector(`[data-entry="${CSS.escape(key)}"]`)?.closest<HTMLElement>('.digest-list');
    if (list) list.scrollTop += offset - before;
  }, [key, isCursor, offset]);
}

/**
 * The entries, as one list with positions ("3 of 120"). The cursor's row is scrolled to and
 * focused when the cursor moves; focus is moved only when it was already in the list (or on the
 * page itself), so typing in Search is never interrupted by a live update.
 */
export function DigestList({ rows, cursorIndex, cursorKey, partial = false }: Props) {
  const listRef = useRef<ListImperativeAPI>(null);
  const rowHeight = useDynamicRowHeight({ defaultRowHeight: 150 });
  const virtual = rows.length > VIRTUALISE_ABOVE;
  const rowProps = useMemo(() => ({ rows, cursorKey }), [rows, cursorKey]);

  // Where the cursor's row is now; the effect below acts when the cursor moves to another row,
  // not when rows arriving above it shift its index (useKeepInPlace holds it on screen then).
  const cursorIndexRef = useRef(cursorIndex);
  useLayoutEffect(() => {
    cursorIndexRef.current = cursorIndex;
  }, [cursorIndex]);

  useEffect(() => {
    if (cursorKey === undefined) return;
    const cursorIndex = cursorIndexRef.current;
    const active = document.activeElement;
    const inList = !active || active === document.body || !!active.closest?.('[data-entry]');
    if (!inList) return;
    if (virtual) listRef.current?.scrollToRow({ index: cursorIndex, align: 'auto' });
    const focus = () => {
      const el = document.querySelector<HTMLElement>(`[data-entry="${CSS.escape(cursorKey)}"]`);
      if (el && !el.contains(document.activeElement)) el.focus({ preventScroll: virtual });
      return !!el;
    };
    // A step of j or k lands on a row already rendered (the overscan): focus it in this frame.
    // A jump further away waits one frame for the list to render the rows it scrolled to.
    if (!focus() && virtual) requestAnimationFrame(focus);
  }, [cursorKey, virtual]);

  if (virtual) {
    return (
      <List
        listRef={listRef}
        tagName="ul"
        className="list digest-list virtual"
        aria-label="Held notifications"
        rowComponent={VirtualRow}
        rowCount={rows.length}
        rowHeight={rowHeight}
        rowProps={rowProps}
        rowKey={keyOfRow}
        overscanCount={4}
        style={{ height: '75vh' }}
      />
    );
  }
  return (
    <ul className="list digest-list" aria-label="Held notifications">
      {rows.map((row, i) => (
        <EntryRow key={row.entry.key} {...row} isCursor={row.entry.key === cursorKey} position={i + 1} setSize={partial ? -1 : rows.length} />
      ))}
    </ul>
  );
}
