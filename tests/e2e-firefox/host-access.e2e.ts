import type { Page } from 'puppeteer-core';
import { expect, test } from 'vitest';
import { notifyWithConstructor, openChatPage, readHookAnswers, readPageEvents, watchHook } from './support/chat-page';
import { heldTitles, startFocusFromPopup } from './support/state';
import { withFirefox } from './support/with-firefox';

// Firefox lets the user withhold or revoke an app's site (about:addons): Heads Down says so and
// asks again. The e2e build's "Local chat" preset (http://127.0.0.1/*) stands for such an app.
const LOCAL_CHAT = 'http://127.0.0.1/*';
type Ext = typeof globalThis & { browser: any };

const t = withFirefox();

/** Revokes sites as about:addons does; from an extension page this needs no gesture. */
async function revoke(origins: string[]): Promise<void> {
  await (await t.ext.probe()).evaluate((o) => (globalThis as Ext).browser.permissions.remove({ origins: o }), origins);
}

const isAllowed = async (origin: string): Promise<boolean> =>
  (await t.ext.probe()).evaluate((o) => (globalThis as Ext).browser.permissions.contains({ origins: [o] }), origin);

const noticeText = (popup: Page) => popup.evaluate(() => document.querySelector('[role=status][aria-label="Site access"]')?.textContent ?? null);

test('a revoked preset: the popup says so, Allow asks the browser, and the app is held again', async () => {
  await revoke([LOCAL_CHAT]);
  const popup = await startFocusFromPopup(t.ext);
  await expect.poll(() => noticeText(popup)).toBe('Local chat is not allowed, so its notifications are not held.Allow');

  // While not allowed, its pages get no hook: the notification is shown even in focus.
  const before = await openChatPage(t.ext.browser, t.server.origin);
  await notifyWithConstructor(before, 'not held');
  await expect.poll(() => readPageEvents(before)).toContainEqual({ type: 'show', title: 'not held' });
  await before.close();

  await popup.bringToFront();
  await popup.locator('::-p-aria(Allow[role="button"])').click();
  await expect.poll(() => isAllowed(LOCAL_CHAT)).toBe(true);
  await expect.poll(() => noticeText(popup)).toBeNull();

  const after = await openChatPage(t.ext.browser, t.server.origin);
  await watchHook(after);
  await notifyWithConstructor(after, 'held again');
  await expect.poll(() => readHookAnswers(after)).toEqual([true]);
  expect(await heldTitles(t.ext)).toEqual(['held again']);
  expect(await readPageEvents(after)).toEqual([]);
});

test('the first-run page lists the apps with their access, and Allow all allows the missing ones', async () => {
  await revoke([LOCAL_CHAT, 'https://app.slack.com/*']);
  const welcome = await t.ext.openExtensionPage('welcome.html');
  await welcome.bringToFront();
  const rows = () => welcome.$$eval('[aria-label="Site access"] li', (lis) => lis.map((li) => li.textContent));
  await expect.poll(rows).toContain('Local chatNot allowed');
  expect(await rows()).toEqual(expect.arrayContaining(['SlackNot allowed', 'GmailAllowed', 'DiscordAllowed']));

  await welcome.locator('::-p-aria(Allow all[role="button"])').click();
  await welcome.waitForSelector('::-p-text(Every app is allowed.)');
  expect(await rows()).toEqual(expect.arrayContaining(['Local chatAllowed', 'SlackAllowed']));
  expect(await isAllowed('https://app.slack.com/*')).toBe(true);
});

test('a self-hosted app whose site is not allowed (its settings came from another browser): Allow places its hook at once', async () => {
  const appOrigin = t.server.origin.replace('127.0.0.1', 'localhost');
  const appName = new URL(appOrigin).host;
  const popup = await startFocusFromPopup(t.ext);
  const probe = await t.ext.probe();
  const storedSites = () => probe.evaluate(async () => (await (globalThis as Ext).browser.storage.local.get('settings:sites'))['settings:sites'] ?? null);
  const before = await storedSites();
  await revoke(['http://localhost/*']);
  // The background answers a revocation by saving the Apps section without that host's apps:
  // waited for, so that it does not undo what comes next.
  await expect.poll(storedSites).not.toEqual(before);
  // As settings sync would store it: the app is in the settings, its site not allowed here.
  const synced = { id: 'site-synced', name: appName, pattern: 'http://localhost/*' };
  await probe.evaluate(
    (site) => (globalThis as Ext).browser.storage.local.set({ 'settings:sites': { v: 1, savedAt: Date.now(), value: { disabledPresets: [], custom: [site] } } }),
    synced,
  );
  await popup.bringToFront();
  await expect.poll(() => noticeText(popup)).toBe(`${appName} is not allowed, so its notifications are not held.Allow`);

  // Allowed: the background hears permissions.onAdded and registers the app's hook, with no
  // other event to prompt a sync.
  await popup.locator('::-p-aria(Allow[role="button"])').click();
  await expect.poll(() => noticeText(popup)).toBeNull();
  const app = await openChatPage(t.ext.browser, appOrigin);
  await watchHook(app);
  await notifyWithConstructor(app, 'Mattermost: held');
  await expect.poll(() => readHookAnswers(app)).toEqual([true]);
  expect(await heldTitles(t.ext)).toEqual(['Mattermost: held']);
  expect(await storedSites()).toMatchObject({ value: { custom: [synced] } });
});
