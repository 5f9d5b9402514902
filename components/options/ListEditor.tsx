import type { ReactNode } from 'react';

interface Props<T> {
  items: T[];
  /** How one item is named to screen readers in button names: "Monday block 2", "tier Urgent". */
  nameOf: (item: T, index: number) => string;
  render: (item: T, index: number) => ReactNode;
  onChange: (items: T[]) => void;
  /** A new item to add, and the add button's text; without it the list cannot grow. */
  add?: { label: ReactNode; create: () => T };
  /** Whether the order means something (tiers, rules): then items can move up and down. */
  reorder?: boolean;
  /** Some lists must keep one item. */
  minItems?: number;
}

/** A list the user edits: each item with Remove (and Move up, Move down), and Add at the end. */
export function ListEditor<T>({ items, nameOf, render, onChange, add, reorder = false, minItems = 0 }: Props<T>) {
  const move = (from: number, to: number) => {
    const next = [...items];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    onChange(next);
  };
  return (
    <div className="list-editor">
      {items.map((item, index) => (
        <div key={index} className="list-item">
          <div className="list-item-body">{render(item, index)}</div>
          <div className="row list-item-actions">
            {reorder && (
              <>
                <button type="button" disabled={index === 0} onClick={() => move(index, index - 1)}>
                  Move up<span className="visually-hidden"> {nameOf(item, index)}</span>
                </button>
                <button type="button" disabled={index === items.length - 1} onClick={() => move(index, index + 1)}>
                  Move down<span className="visually-hidden"> {nameOf(item, index)}</span>
                </button>
              </>
            )}
            <button type="button" disabled={items.length <= minItems} onClick={() => onChange(items.filter((_, i) => i !== index))}>
              Remove<span className="visually-hidden"> {nameOf(item, index)}</span>
            </button>
          </div>
        </div>
      ))}
      {add && (
        <button type="button" onClick={() => onChange([...items, add.create()])}>
          {add.label}
        </button>
      )}
    </div>
  );
}
