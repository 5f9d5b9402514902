import { useEffect, useMemo, useRef } from 'react';
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

function VirtualRow({ index, style, rows, cursorKey }: RowComponentProps<VirtualProps>) {
  const row = rows[index]!;
  return <EntryRow {...row} isCursor={row.entry.key === cursorKey} position={index + 1} setSize={rows.length} style={style} />;
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

  useEffect(() => {
    if (cursorKey === undefined) return;
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
  }, [cursorKey, cursorIndex, virtual]);

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
