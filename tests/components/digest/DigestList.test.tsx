import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { DigestList, VIRTUALISE_ABOVE, type ListedRow } from '@/components/digest/DigestList';
import type { Row, RowActions } from '@/components/digest/EntryRow';
import { groupDigest } from '@/lib/digest/digest-groups';
import { DEFAULT_TIER_SETTINGS } from '@/lib/sla/tiers';

const NOW = new Date('2026-12-02T10:00:00-05:00');
let nextId = 1;
const row = (over: Partial<Row>): Row => ({
  id: nextId++, status: 'held', createdAt: NOW.getTime() - 60_000, sessionId: 1, periodKey: 'focus:1', origin: 'https://app.slack.com', appId: 'slack', app: 'Slack',
  hookId: 'h', source: 'new', title: 't', body: '', tag: '', tierId: 'standard', why: 'Standard by default', ...over,
});
const actions = (): RowActions => ({ open: vi.fn(), handle: vi.fn(), snooze: vi.fn(), reply: vi.fn(), setCursor: vi.fn(), setSnoozing: vi.fn(), toggleExpanded: vi.fn() });

function listed(items: Row[], act: RowActions, expanded = new Set<string>()): ListedRow[] {
  return groupDigest(items, DEFAULT_TIER_SETTINGS).flatMap((g) =>
    g.entries.map((entry, i) => ({
      entry, ...(i === 0 ? { group: g } : {}),
      tiers: DEFAULT_TIER_SETTINGS, now: NOW, state: 'waiting' as const, expanded: expanded.has(entry.key), snoozing: undefined,
      snoozeContext: { now: NOW, hours: { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] } }, actions: act,
    })),
  );
}

afterEach(cleanup);

describe('DigestList', () => {
  test('a list with positions, most urgent first, each entry naming its tier and due time', () => {
    const act = actions();
    const rows = listed([row({ title: 'cake', tierId: 'low' }), row({ title: 'prod is slow', tierId: 'important', dueAt: NOW.getTime() - 5 * 60_000 })], act);
    render(<DigestList rows={rows} cursorIndex={0} cursorKey={rows[0]!.entry.key} />);
    const items = within(screen.getByRole('list', { name: 'Held notifications' })).getAllByRole('listitem');
    expect(items.map((li) => [li.getAttribute('aria-posinset'), li.getAttribute('aria-setsize')])).toEqual([['1', '2'], ['2', '2']]);
    expect(items[0]!.textContent).toContain('Important');
    // Overdue in words, not only in the tier colour.
    expect(items[0]!.textContent).toMatch(/overdue since/);
    expect(items[1]!.textContent).toContain('Low');
    // The cursor row is the one the Tab key reaches.
    expect(items.map((li) => li.tabIndex)).toEqual([0, -1]);
  });

  test('one sender collapses into one entry; its actions act on every item it stands for', () => {
    const act = actions();
    const items = [row({ title: 'one', sender: 'Dana', createdAt: 1 }), row({ title: 'two', sender: 'Dana', createdAt: 2 }), row({ title: 'three', sender: 'Dana', createdAt: 3 })];
    const rows = listed(items, act);
    render(<DigestList rows={rows} cursorIndex={0} cursorKey={undefined} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: /Show 2 earlier from Dana/ }));
    expect(act.toggleExpanded).toHaveBeenCalledWith(rows[0]!.entry.key);
    fireEvent.click(screen.getByRole('button', { name: 'Mark handled: three' }));
    expect((act.handle as ReturnType<typeof vi.fn>).mock.calls[0]![0].sort()).toEqual(items.map((i) => i.id).sort());
    fireEvent.click(screen.getByRole('button', { name: 'Reply later: three' }));
    expect(act.reply).toHaveBeenCalledWith(rows[0]!.entry);
  });

  test('expanded, the earlier items are listed under the latest', () => {
    const act = actions();
    const items = [row({ title: 'one', sender: 'Dana', createdAt: 1 }), row({ title: 'two', sender: 'Dana', createdAt: 2 })];
    const first = listed(items, act)[0]!;
    const rows = listed(items, act, new Set([first.entry.key]));
    render(<DigestList rows={rows} cursorIndex={0} cursorKey={undefined} />);
    expect(within(screen.getByRole('list', { name: 'Earlier from Dana' })).getByText('one')).toBeTruthy();
  });

  test(`every row is in the page up to ${VIRTUALISE_ABOVE} entries`, () => {
    const act = actions();
    const rows = listed(Array.from({ length: VIRTUALISE_ABOVE }, (_, i) => row({ title: `m${i}` })), act);
    render(<DigestList rows={rows} cursorIndex={0} cursorKey={undefined} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(VIRTUALISE_ABOVE);
  });

  test('above the threshold the list is virtualised and still a list with positions out of the whole', () => {
    const act = actions();
    const rows = listed(Array.from({ length: VIRTUALISE_ABOVE + 50 }, (_, i) => row({ title: `m${i}` })), act);
    render(<DigestList rows={rows} cursorIndex={0} cursorKey={undefined} />);
    const rendered = screen.queryAllByRole('listitem');
    expect(screen.getByRole('list', { name: 'Held notifications' })).toBeTruthy();
    expect(rendered.length).toBeGreaterThan(0);
    expect(rendered.length).toBeLessThan(VIRTUALISE_ABOVE);
    for (const li of rendered) expect(li.getAttribute('aria-setsize')).toBe(String(VIRTUALISE_ABOVE + 50));
  });

  test('virtualised, a row arriving above the cursor does not move the cursor row on screen', () => {
    const act = actions();
    const items = Array.from({ length: VIRTUALISE_ABOVE + 50 }, (_, i) => row({ title: `m${i}`, dueAt: NOW.getTime() + (i + 10) * 60_000 }));
    const before = listed(items, act);
    const cursorKey = before[2]!.entry.key;
    const { rerender } = render(<DigestList rows={before} cursorIndex={2} cursorKey={cursorKey} />);
    const list = screen.getByRole('list', { name: 'Held notifications' });
    const offsetOfCursor = () => Number(/translateY\((-?[\d.]+)px\)/.exec(document.querySelector<HTMLElement>(`[data-entry="${CSS.escape(cursorKey)}"]`)!.style.transform)![1]);
    const top = offsetOfCursor();
    const scrolled = list.scrollTop;
    // Due sooner than all the others: it ranks first, above the cursor.
    const after = listed([row({ title: 'new and urgent', dueAt: NOW.getTime() }), ...items], act);
    rerender(<DigestList rows={after} cursorIndex={3} cursorKey={cursorKey} />);
    const moved = offsetOfCursor() - top;
    expect(moved).toBeGreaterThan(0);
    expect(list.scrollTop - scrolled).toBe(moved);
  });
});
