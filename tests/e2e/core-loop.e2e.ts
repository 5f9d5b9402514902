import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { notifyWithConstructor, notifyWithRegistration, readPageEvents } from './support/chat-page';
import { launchWithExtension, stopServiceWorker } from './support/extension-browser';
import {
  formatTimeEnUs,
  openChatPage,
  readFocusUntil,
  readSystemNotifications,
  readToolbar,
} from './support/extension-state';
import { SCREENSHOTS_DIR } from './support/paths';
import { withExtension } from './support/with-extension';

const t = withExtension();

beforeAll(() => mkdir(SCREENSHOTS_DIR, { recursive: true }));


async function startFocusFromPopup() {
  const popup = await t.ext.openExtensionPage('popup.html');
  await popup.getByRole('button', { name: 'Start focus' }).click();
  await expect.poll(() => popup.getByRole('status').textContent()).toMatch(/^Focus until/);
  return popup;
}

async function heldTitlesInDigest(): Promise<string[]> {
  const digest = await t.ext.openExtensionPage('digest.html');
  // Read once the page has loaded its list (or says it is empty), not before.
  await digest.locator('.digest-list, .empty').first().waitFor();
  const titles = await digest.locator('.held-item .item-title').allTextContents();
  await digest.close();
  return titles;
}

describe('outside focus', () => {
  test('a page notification is shown natively and nothing is held', async () => {
    const chat = await openChatPage(t.ext, t.server.origin);
    const made = await notifyWithConstructor(chat, 'Lunch?', { body: 'At noon', tag: 'dm-1' });
    expect(made).toEqual({ isNotification: true, title: 'Lunch?', body: 'At noon', tag: 'dm-1' });
    await expect.poll(() => readPageEvents(chat)).toContainEqual({ type: 'show', title: 'Lunch?' });

    expect(await notifyWithRegistration(chat, 'Deploy done')).toContain('Deploy done');
    expect(await heldTitlesInDigest()).toEqual([]);
  });
});

describe('a focus block started from the popup', () => {
  test('popup, badge and tooltip all say "Focus until <end>", through reopening and worker restarts', async () => {
    const popup = await startFocusFromPopup();
    const until = await readFocusUntil(t.ext);
    expect(until).not.toBeNull();
    // Default length: 50 minutes.
    expect(until! - Date.now()).toBeGreaterThan(49 * 60_000);
    expect(until! - Date.now()).toBeLessThanOrEqual(50 * 60_000);
    const expected = `Focus until ${formatTimeEnUs(until!)}`;
    expect(await popup.getByRole('status').textContent()).toBe(expected);
    expect(await popup.getByRole('button', { name: 'End focus' }).isVisible()).toBe(true);
    expect(await readToolbar(t.ext)).toEqual({ badge: expect.stringMatching(/^(50|49)m$/), title: `Heads Down — ${expected}` });
    await popup.locator('main').screenshot({ path: path.join(SCREENSHOTS_DIR, 'popup-focus.png') });
    await popup.close();

    for (let i = 0; i < 2; i++) {
      await stopServiceWorker(t.ext);
      const reopened = await t.ext.openExtensionPage('popup.html');
      await expect.poll(() => reopened.getByRole('status').textContent()).toBe(expected);
      expect(await reopened.getByRole('button', { name: 'End focus' }).isVisible()).toBe(true);
      expect((await readToolbar(t.ext)).title).toBe(`Heads Down — ${expected}`);
      expect(await readFocusUntil(t.ext)).toBe(until);
      await reopened.close();
    }
  });
});

describe('during focus', () => {
  test('notifications are held, not shown, and the page still gets working objects', async () => {
    await startFocusFromPopup();
    const chat = await openChatPage(t.ext, t.server.origin);
    await expect.poll(() => chat.evaluate(() => Notification.permission)).toBe('granted');

    const made = await notifyWithConstructor(chat, '@you review?', { body: 'PR #42', tag: 'thread-7' });
    expect(made).toEqual({ isNotification: true, title: '@you review?', body: 'PR #42', tag: 'thread-7' });
    const shownBySw = await notifyWithRegistration(chat, 'New mail', { body: 'Quarterly report' });
    expect(shownBySw).not.toContain('New mail');

    await expect.poll(async () => (await heldTitlesInDigest()).sort()).toEqual(['@you review?', 'New mail']);
    // Past the hook's fail-open window: had the background not answered "held", it would show now.
    await chat.waitForTimeout(400);
    expect(await readPageEvents(chat)).toEqual([]);
  });

  test('the digest lists held notifications live, and Mark handled clears one', async () => {
    await startFocusFromPopup();
    const chat = await openChatPage(t.ext, t.server.origin);
    const digest = await t.ext.openExtensionPage('digest.html');
    await expect.poll(() => digest.getByText('Nothing held').isVisible()).toBe(true);

    await notifyWithConstructor(chat, 'First', { body: 'one' });
    await expect.poll(() => digest.locator('.item-title').allTextContents()).toEqual(['First']);
    await notifyWithConstructor(chat, 'Second', { body: '<b>two</b>' });
    // Ranked, not newest first: both are direct messages of one tier, so the one due first leads
    // (or, due at the same moment outside working hours, the newer one).
    await expect.poll(async () => (await digest.locator('.item-title').allTextContents()).sort()).toEqual(['First', 'Second']);

    const newest = digest.getByRole('listitem').filter({ hasText: 'Second' });
    expect(await newest.innerText()).toContain('Local chat');
    // Page text is rendered as text, never as markup.
    expect(await newest.locator('.item-body').textContent()).toBe('<b>two</b>');
    expect(await newest.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await digest.locator('main').screenshot({ path: path.join(SCREENSHOTS_DIR, 'digest.png') });

    await digest.getByRole('button', { name: 'Mark handled: First' }).click();
    await expect.poll(() => digest.locator('.item-title').allTextContents()).toEqual(['Second']);
    expect(await digest.getByText('1 handled').isVisible()).toBe(true);
  });
});

describe('the end of a block', () => {
  test('End focus shows one summary notification, and clicking it opens the digest', async () => {
    const popup = await startFocusFromPopup();
    const chat = await openChatPage(t.ext, t.server.origin);
    for (const title of ['a', 'b', 'c']) await notifyWithConstructor(chat, title);
    await expect.poll(async () => (await heldTitlesInDigest()).length).toBe(3);

    await popup.getByRole('button', { name: 'End focus' }).click();
    await expect.poll(() => popup.getByRole('status').textContent()).toBe('Not in focus');
    // The release brings the badge count: three wait in the digest.
    await expect.poll(() => readToolbar(t.ext)).toEqual({ badge: '3', title: 'Heads Down — not in focus · 3 waiting in the digest' });
    const notifications = await readSystemNotifications(t.ext);
    expect(Object.keys(notifications)).toHaveLength(1);
    const [id] = Object.keys(notifications);
    const shown = await (await t.ext.worker()).evaluate(() => (globalThis as any).headsDownE2E.shownSummaries());
    // Plain titles in a chat app are direct messages: Important, due in 3 working hours.
    expect(shown).toEqual([{ id, title: '3 held: Local chat 3', message: expect.stringMatching(/^3 Important due /) }]);

    const opened = t.ext.context.waitForEvent('page', (p) => p.url().endsWith('/digest.html'));
    await (await t.ext.worker()).evaluate((nid) => (globalThis as any).headsDownE2E.clickNotification(nid), id!);
    const digest = await opened;
    await expect.poll(async () => (await digest.locator('.item-title').allTextContents()).sort()).toEqual(['a', 'b', 'c']);

    // Outside focus again: the page's notifications show natively.
    await notifyWithConstructor(chat, 'after');
    await expect.poll(() => readPageEvents(chat)).toContainEqual({ type: 'show', title: 'after' });
  });

  test('a block ends on time by itself, with its worker stopped, and shows its summary', async () => {
    const worker = await t.ext.worker();
    await worker.evaluate(() => (globalThis as any).headsDownE2E.startFocusUntil(Date.now() + 4_000));
    const chat = await openChatPage(t.ext, t.server.origin);
    await expect.poll(() => readFocusUntil(t.ext)).not.toBeNull();
    await notifyWithConstructor(chat, 'held one');
    await notifyWithRegistration(chat, 'held two');
    await expect.poll(async () => (await heldTitlesInDigest()).length).toBe(2);
    await stopServiceWorker(t.ext);

    await expect.poll(() => readToolbar(t.ext), { timeout: 15_000 }).toEqual({ badge: '2', title: 'Heads Down — not in focus · 2 waiting in the digest' });
    await expect.poll(async () => Object.keys(await readSystemNotifications(t.ext))).toHaveLength(1);
    // The popup agrees with the toolbar once the block is over.
    const popup = await t.ext.openExtensionPage('popup.html');
    await expect.poll(() => popup.getByRole('status').textContent()).toBe('Not in focus');
  });
});

describe('the question queue', () => {
  test('a queued question is listed with its recipient and needed-by, and survives a browser restart', async () => {
    const popup = await t.ext.openExtensionPage('popup.html');
    await popup.getByRole('button', { name: 'Queue question' }).click();
    expect(await popup.getByText('Write the question first.').isVisible()).toBe(true);

    await popup.getByRole('textbox', { name: 'Question' }).fill('Can we ship the report on Thursday?');
    await popup.getByRole('textbox', { name: 'Recipient' }).fill('Dana');
    await popup.getByRole('textbox', { name: 'Needed by' }).fill('Mar 5 2099 3pm');
    await popup.getByRole('combobox', { name: 'Send' }).selectOption('not-before');
    await popup.getByRole('textbox', { name: 'Not before' }).fill('Mar 4 2099 9am');
    await popup.getByRole('button', { name: 'Queue question' }).click();

    const queue = popup.getByRole('list', { name: 'Queued questions' });
    await expect.poll(() => queue.innerText()).toContain('Can we ship the report on Thursday?');
    expect(await queue.innerText()).toContain('To Dana · needed by Thu 3:00 PM');
    expect(await popup.getByRole('textbox', { name: 'Question' }).inputValue()).toBe('');

    const profile = t.ext.profileDir;
    await t.ext.close({ keepProfile: true });
    t.ext = await launchWithExtension(profile);
    const reopened = await t.ext.openExtensionPage('popup.html');
    await expect
      .poll(() => reopened.getByRole('list', { name: 'Queued questions' }).innerText())
      .toContain('To Dana · needed by Thu 3:00 PM');
  });
});
