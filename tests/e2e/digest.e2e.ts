import { describe, expect, test } from 'vitest';
import { notifyWithConstructor } from './support/chat-page';
import { openChatPage, readHeldRows, startFocus } from './support/extension-state';
import { seriousViolations } from './support/axe';
import { withExtension } from './support/with-extension';

const t = withExtension();
const titles = (page: import('playwright-core').Page) => page.locator('.digest-list > li .held-item .item-title').allTextContents();

// Channel messages in the local chat fixture are Standard; a plain title is a direct message,
// Important. Sent Standard first, so newest-first would put the Important one last... and ranked, it leads.
async function holdThree() {
  await startFocus(t.ext);
  const chat = await openChatPage(t.ext, t.server.origin);
  await notifyWithConstructor(chat, '#random', { body: 'Sam: cake in the kitchen' });
  await notifyWithConstructor(chat, '#design', { body: 'Dana: mock-ups are up' });
  await notifyWithConstructor(chat, 'Kim', { body: 'can you review the deploy?' });
  await expect.poll(async () => (await readHeldRows(t.ext)).filter((r) => r.status === 'held').length).toBe(3);
  return t.ext.openExtensionPage('digest.html');
}

/** Rows added to the extension's database as they are, for states a test cannot wait for. */
async function addHeldRows(rows: Record<string, unknown>[]) {
  await (await t.ext.probe()).evaluate(async (list) => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const q = indexedDB.open('heads-down');
      q.onsuccess = () => resolve(q.result);
    });
    const tx = db.transaction('held', 'readwrite');
    for (const row of list) tx.objectStore('held').add(row);
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, rows);
}

describe('the digest', () => {
  test('ranks by tier first: the Important direct message leads the older Standard ones, each with its tier name', async () => {
    const digest = await holdThree();
    await expect.poll(() => titles(digest)).toHaveLength(3);
    const list = await titles(digest);
    expect(list[0]).toBe('Kim');
    const first = digest.getByRole('listitem').first();
    expect(await first.innerText()).toContain('Important');
    expect(await digest.getByRole('listitem').last().innerText()).toContain('Standard');
    // A list with positions, as screen readers announce it.
    expect(await first.getAttribute('aria-posinset')).toBe('1');
    expect(await first.getAttribute('aria-setsize')).toBe('3');
  });

  test('an entry shows the page’s own inline icon, stored apart from its row; others show the app’s icon', async () => {
    await startFocus(t.ext);
    const chat = await openChatPage(t.ext, t.server.origin);
    const icon = 'data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==';
    await notifyWithConstructor(chat, 'Kim', { body: 'with an icon', icon });
    await notifyWithConstructor(chat, '#random', { body: 'no icon' });
    await expect.poll(async () => (await readHeldRows(t.ext)).filter((r) => r.status === 'held').length).toBe(2);
    const rows = await readHeldRows(t.ext);
    expect(rows.every((r) => !('icon' in r))).toBe(true);
    expect(rows.find((r) => r.title === 'Kim')!.iconKey).toEqual(expect.any(String));
    const digest = await t.ext.openExtensionPage('digest.html');
    const iconIn = (title: string) => digest.locator('.digest-list > li').filter({ hasText: title }).locator('.held-item img.icon').first();
    await expect.poll(() => iconIn('with an icon').getAttribute('src')).toBe(icon);
    expect(await iconIn('no icon').getAttribute('src')).toMatch(/^\/apps\/[a-z-]+\.svg$/);
  });

  test('Search narrows the list by body and sender, and clearing it brings all back', async () => {
    const digest = await holdThree();
    await expect.poll(() => titles(digest)).toHaveLength(3);
    await digest.getByRole('searchbox', { name: 'Search' }).fill('mock-ups');
    await expect.poll(() => titles(digest)).toEqual(['#design']);
    await digest.getByRole('searchbox', { name: 'Search' }).fill('sam');
    await expect.poll(() => titles(digest)).toEqual(['#random']);
    await digest.getByRole('searchbox', { name: 'Search' }).fill('');
    await expect.poll(() => titles(digest)).toHaveLength(3);
  });

  test('the keyboard alone marks three items handled: j/k move, e handles, focus stays in the list', async () => {
    const digest = await holdThree();
    await expect.poll(() => titles(digest)).toHaveLength(3);
    await digest.locator('body').click({ position: { x: 1, y: 1 } });
    // The cursor starts on the first entry.
    await digest.keyboard.press('j');
    await expect.poll(() => digest.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))).toContain('aria-posinset="2"');
    await digest.keyboard.press('k');
    await expect.poll(() => digest.evaluate(() => document.activeElement?.getAttribute('aria-posinset'))).toBe('1');
    for (const left of [2, 1, 0]) {
      await digest.keyboard.press('e');
      await expect.poll(() => titles(digest)).toHaveLength(left);
      // Focus moved to the row that took the handled one's place, never to the page's body.
      if (left > 0) await expect.poll(() => digest.evaluate(() => !!document.activeElement?.closest('[data-entry]'))).toBe(true);
    }
    await expect.poll(async () => (await readHeldRows(t.ext)).map((r) => r.status)).toEqual(['handled', 'handled', 'handled']);
    expect(await digest.getByText('Nothing held').isVisible()).toBe(true);
  });

  test('? shows the keys and / goes to Search', async () => {
    const digest = await holdThree();
    await expect.poll(() => titles(digest)).toHaveLength(3);
    await digest.locator('body').click({ position: { x: 1, y: 1 } });
    await digest.keyboard.press('?');
    await expect.poll(() => digest.getByRole('heading', { name: 'Keyboard' }).isVisible()).toBe(true);
    await digest.getByRole('button', { name: 'Close keys' }).click();
    await digest.keyboard.press('/');
    await expect.poll(() => digest.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Search');
  });

  test('Mark all handled empties the list, and Undo brings every item back', async () => {
    const digest = await holdThree();
    await expect.poll(() => titles(digest)).toHaveLength(3);
    await digest.getByRole('button', { name: 'Mark all handled' }).click();
    await expect.poll(() => digest.getByText('Nothing held').isVisible()).toBe(true);
    await expect.poll(async () => (await readHeldRows(t.ext)).map((r) => r.status)).toEqual(['handled', 'handled', 'handled']);
    await digest.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => titles(digest)).toHaveLength(3);
    expect((await readHeldRows(t.ext)).map((r) => r.status)).toEqual(['held', 'held', 'held']);
  });

  test('Snooze takes an item out of the list into Snoozed, stored with its end', async () => {
    const digest = await holdThree();
    await expect.poll(() => titles(digest)).toHaveLength(3);
    await digest.getByRole('button', { name: 'Snooze: Kim' }).click();
    await digest.getByRole('button', { name: /^1 hour/ }).click();
    await expect.poll(() => titles(digest)).toHaveLength(2);
    const kim = (await readHeldRows(t.ext)).find((r) => r.title === 'Kim')!;
    expect(kim.snoozedUntil as number).toBeGreaterThan(Date.now() + 59 * 60_000);
    expect(kim.pendingRelease).toBe(1);
    await digest.getByLabel('State').selectOption('snoozed');
    await expect.poll(() => titles(digest)).toEqual(['Kim']);
    expect(await digest.getByRole('listitem').first().innerText()).toMatch(/snoozed until/);
  });

  test('Reply later opens the composer with the sender as recipient and the message quoted', async () => {
    const digest = await holdThree();
    await expect.poll(() => titles(digest)).toHaveLength(3);
    await digest.getByRole('button', { name: 'Reply later: Kim' }).click();
    await expect.poll(() => digest.getByLabel('Recipient').inputValue()).toBe('Kim');
    const context = digest.getByRole('group', { name: 'Context' });
    expect(await context.locator('blockquote').textContent()).toBe('Kim\ncan you review the deploy?');
    await expect.poll(() => digest.evaluate(() => document.activeElement?.id)).toBe('question');
  });

  test('a snoozed item leaves the list and comes back at its time, in a new digest', async () => {
    const digest = await holdThree();
    await expect.poll(() => titles(digest)).toHaveLength(3);
    const kim = (await readHeldRows(t.ext)).find((r) => r.title === 'Kim')!;
    // A few seconds ahead, asked the way the Snooze menu asks (the menu's shortest is an hour).
    const result = await digest.evaluate((id) => chrome.runtime.sendMessage({ id: 1, type: 'snoozeHeld', data: { ids: [id], until: Date.now() + 4_000 }, timestamp: Date.now() }), kim.id as number);
    expect(result).toBeTruthy();
    await expect.poll(() => titles(digest)).toEqual(['#design', '#random']);
    await expect.poll(() => titles(digest), { timeout: 20_000 }).toHaveLength(3);
    expect((await titles(digest))[0]).toBe('Kim');
  }, 40_000);

  test('the history reads a page at a time, and Show older handled items reads the next', async () => {
    // The extension creates its database on first use: the raw open below must find its stores.
    const first = await t.ext.openExtensionPage('digest.html');
    await first.locator('.digest-list, .empty').first().waitFor();
    await first.close();
    const now = Date.now();
    await addHeldRows(
      Array.from({ length: 2_001 }, (_, i) => ({
        status: 'handled', createdAt: now - i * 60_000, handledAt: now - i * 60_000, sessionId: 1, periodKey: 'focus:1', origin: 'https://app.slack.com', appId: 'slack', app: 'Slack',
        hookId: `h${i}`, source: 'new', title: `handled ${i}`, body: '', tag: '', tierId: 'standard', why: 'seeded', threadKey: 'slack\u001f',
      })),
    );
    const digest = await t.ext.openExtensionPage('digest.html');
    await digest.getByLabel('State').selectOption('handled');
    await digest.getByText('2000 handled').waitFor();
    await digest.getByRole('button', { name: 'Show older handled items' }).click();
    await digest.getByText('2001 handled').waitFor();
    expect(await digest.getByRole('button', { name: 'Show older handled items' }).count()).toBe(0);
  });

  test('axe-core finds no serious or critical violation with entries shown, light and dark', async () => {
    const digest = await holdThree();
    // And one overdue in every tier, whatever the hour (whether the three are overdue depends on it).
    const now = Date.now();
    await addHeldRows(
      ['urgent', 'important', 'standard', 'low'].map((tierId) => ({
        status: 'held', createdAt: now - 7_200_000, sessionId: 1, periodKey: 'focus:1', origin: 'https://app.slack.com', appId: 'slack', app: 'Slack', hookId: `late-${tierId}`,
        source: 'new', title: `overdue ${tierId}`, body: '', tag: '', tierId, why: 'seeded', threadKey: `slack\u001f#${tierId}`, dueAt: now - 3_600_000, pendingRelease: 1,
      })),
    );
    await expect.poll(() => titles(digest)).toHaveLength(7);
    expect(await digest.locator('.overdue').count()).toBeGreaterThanOrEqual(4);
    for (const colorScheme of ['light', 'dark'] as const) {
      await digest.emulateMedia({ colorScheme });
      expect(await seriousViolations(digest), colorScheme).toEqual([]);
    }
  });
});
