import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { notifyWithConstructor, readPageEvents } from './support/chat-page';
import { launchWithExtension } from './support/extension-browser';
import { openChatPage, openPopup, optionsSection, readHeldRows, readStore, saveSection, startFocus } from './support/extension-state';
import { startRecordingProxy } from './support/recording-proxy';
import { withExtension } from './support/with-extension';
import type { Page } from 'playwright-core';

const t = withExtension();

// Chromium itself, whatever is installed, checks for component updates and signs in to Google
// (seen here: accounts.google.com, update.googleapis.com). A proxy cannot tell who asked, so those
// two hosts, which Heads Down has no reason to reach, are set aside by name.
const BROWSER_HOSTS = /^(CONNECT |\w+ https?:\/\/)(accounts\.google\.com|update\.googleapis\.com)[:/]/;
const notTheBrowsersOwn = (request: string) => !BROWSER_HOSTS.test(request);

const storedLocal = async (): Promise<Record<string, unknown>> => (await t.ext.probe()).evaluate(() => chrome.storage.local.get(null));
const storedSection = async (name: string) => ((await storedLocal())[`settings:${name}`] as { value: Record<string, unknown> } | undefined)?.value;

async function setNumber(options: Page, section: string, label: string, value: number): Promise<void> {
  await optionsSection(options, section).getByLabel(label).fill(String(value));
  await saveSection(options, section);
}

async function importFile(options: Page, name: string, text: string): Promise<void> {
  await optionsSection(options, 'Data & privacy').getByLabel('Import').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

async function exportFile(options: Page): Promise<string> {
  const [download] = await Promise.all([options.waitForEvent('download'), optionsSection(options, 'Data & privacy').getByRole('button', { name: 'Export' }).click()]);
  const file = path.join(os.tmpdir(), `hd-export-${crypto.randomUUID()}.json`);
  await download.saveAs(file);
  return readFile(file, 'utf8');
}

describe('settings and data you can trust', () => {
  test('settings persist through a reload, and an exported file imported later brings them back', async () => {
    const options = await t.ext.openExtensionPage('options.html');
    await setNumber(options, 'Focus', 'Default focus length (minutes)', 35);
    await setNumber(options, 'Data & privacy', 'Keep handled notifications (days)', 14);
    await options.reload();
    await expect.poll(() => options.getByLabel('Default focus length (minutes)').inputValue()).toBe('35');
    expect(await options.getByLabel('Keep handled notifications (days)').inputValue()).toBe('14');

    const exported = await exportFile(options);
    expect(JSON.parse(exported)).toMatchObject({ format: 'heads-down-export', settings: { focus: { v: 1, value: { defaultMinutes: 35 } } } });
    await setNumber(options, 'Focus', 'Default focus length (minutes)', 45);
    expect(await storedSection('focus')).toEqual({ defaultMinutes: 45 });

    await importFile(options, 'backup.json', exported);
    await optionsSection(options, 'Data & privacy').getByRole('status').filter({ hasText: 'Imported settings from backup.json.' }).waitFor();
    expect(await storedSection('focus')).toEqual({ defaultMinutes: 35 });
    await expect.poll(() => options.getByLabel('Default focus length (minutes)').inputValue()).toBe('35');
  });

  // One change in every section through the page itself: the first checkbox toggled, or a field
  // given a new valid value; saved, the page reloaded, the change is still there and stored.
  test.each([
    { title: 'Focus', section: 'focus', field: { label: 'Default focus length (minutes)', value: '42' } },
    { title: 'Focus schedule', section: 'schedule' },
    { title: 'Business hours', section: 'businessHours' },
    { title: 'SLA tiers', section: 'tiers' },
    { title: 'Classification rules', section: 'rules' },
    { title: 'Digest times', section: 'digest' },
    { title: 'Apps', section: 'sites' },
    { title: 'Quiet tabs', section: 'quiet' },
    { title: 'Lockdown', section: 'lockdown' },
    { title: 'Status message', section: 'status', field: { label: 'Status message (Copy status; {until} becomes the end time)', value: 'Deep work until {until}.' } },
    { title: 'Data & privacy', section: 'data', field: { label: 'Keep handled notifications (days)', value: '21' } },
    { title: 'Delivery channels', section: 'delivery', select: { label: 'Questions go out', value: 'digest-time' } },
  ])('a change in $title persists through a reload', async ({ title, section, field, select }) => {
    const options = await t.ext.openExtensionPage('options.html');
    const region = optionsSection(options, title);
    const before = await storedSection(section);
    let read: () => Promise<unknown>;
    if (field) {
      await region.getByLabel(field.label).first().fill(field.value);
      read = () => optionsSection(options, title).getByLabel(field.label).first().inputValue();
    } else if (select) {
      await region.getByLabel(select.label).selectOption(select.value);
      read = () => optionsSection(options, title).getByLabel(select.label).inputValue();
    } else {
      await region.getByRole('checkbox').first().click();
      read = () => optionsSection(options, title).getByRole('checkbox').first().isChecked();
    }
    const shown = await read();
    await saveSection(options, title);
    const after = await storedSection(section);
    expect(after).not.toEqual(before);
    await options.reload();
    await optionsSection(options, title).waitFor();
    await expect.poll(read).toEqual(shown);
    expect(await storedSection(section)).toEqual(after);
  });

  test('a bad or hostile file changes nothing and names the field', async () => {
    const options = await t.ext.openExtensionPage('options.html');
    await setNumber(options, 'Focus', 'Default focus length (minutes)', 35);
    const good = JSON.parse(await exportFile(options));
    const before = await storedLocal();
    const section = optionsSection(options, 'Data & privacy');

    // Data valid, focus not: neither is stored.
    good.settings.data.value.handledDays = 7;
    good.settings.focus.value.defaultMinutes = 0;
    await importFile(options, 'bad.json', JSON.stringify(good));
    await section.getByRole('alert').filter({ hasText: 'Nothing was imported: focus.defaultMinutes: At least 1 minute.' }).waitFor();
    expect(await storedLocal()).toEqual(before);

    await importFile(options, 'hostile.json', '{"format":"heads-down-export","version":1,"settings":{"__proto__":{"polluted":true}}}');
    await section.getByRole('alert').filter({ hasText: 'settings.__proto__: a key no Heads Down file has' }).waitFor();
    await importFile(options, 'cut.json', JSON.stringify(good).slice(0, 200));
    await section.getByRole('alert').filter({ hasText: 'not valid JSON: it may be cut off' }).waitFor();
    expect(await storedLocal()).toEqual(before);
  });

  test('Delete everything leaves nothing behind', async () => {
    const options = await t.ext.openExtensionPage('options.html');
    const scriptsAtInstall = await options.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id).sort());
    await setNumber(options, 'Focus', 'Default focus length (minutes)', 35);
    await startFocus(t.ext);
    const chat = await openChatPage(t.ext, t.server.origin);
    await notifyWithConstructor(chat, 'Deploy?', { body: 'now' });
    await expect.poll(async () => (await readHeldRows(t.ext)).length).toBe(1);
    const popup = await openPopup(t.ext);
    await popup.getByRole('textbox', { name: 'Question' }).fill('Lunch Friday?');
    await popup.getByRole('textbox', { name: 'Recipient' }).fill('Ana');
    await popup.getByRole('button', { name: 'Queue question' }).click();
    await expect.poll(async () => (await readStore(t.ext, 'questions')).length).toBe(1);
    expect(await options.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length)).toBeGreaterThan(scriptsAtInstall.length);

    const section = optionsSection(options, 'Data & privacy');
    await section.getByRole('button', { name: 'Delete everything' }).click();
    await section.getByRole('button', { name: 'Yes, delete everything' }).click();
    await section.getByRole('status').filter({ hasText: 'Deleted everything' }).waitFor();

    for (const store of ['held', 'questions', 'sessions', 'digests', 'outbox']) expect(await readStore(t.ext, store), store).toEqual([]);
    expect(Object.keys(await storedLocal()).filter((k) => k.startsWith('settings:'))).toEqual([]);
    expect(await options.evaluate(() => chrome.storage.sync.get(null))).toEqual({});
    // Only the empty bookkeeping the first sync writes again (which tabs it muted: none).
    for (const value of Object.values(await options.evaluate(() => chrome.storage.session.get(null)))) expect(value).toEqual([]);
    // What exists again is what a first start makes: not in focus, the install's scripts only.
    const reopened = await openPopup(t.ext);
    await reopened.getByRole('button', { name: 'Start focus' }).waitFor();
    expect(await options.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id).sort())).toEqual(scriptsAtInstall);
    await options.reload();
    await expect.poll(() => options.getByLabel('Default focus length (minutes)').inputValue()).toBe('50');
  });

  test('a full storage shows the notification natively, and the popup and options say so', async () => {
    await startFocus(t.ext);
    const chat = await openChatPage(t.ext, t.server.origin);
    await (await t.ext.worker()).evaluate(() => (globalThis as any).headsDownE2E.fillStorage());
    await notifyWithConstructor(chat, 'Disk is full', { body: 'hello' });
    // Not lost: the page showed it itself, as without Heads Down.
    await expect.poll(() => readPageEvents(chat)).toContainEqual({ type: 'show', title: 'Disk is full' });
    expect(await readHeldRows(t.ext)).toEqual([]);
    const popup = await openPopup(t.ext);
    await popup.getByRole('alert').filter({ hasText: '1 notification could not be stored and was shown at once instead.' }).waitFor();
    const options = await t.ext.openExtensionPage('options.html');
    await optionsSection(options, 'Data & privacy').getByRole('alert').filter({ hasText: 'could not be stored' }).waitFor();
  });

  test('a change saved on another machine shows up live; a save here goes to sync', async () => {
    const options = await t.ext.openExtensionPage('options.html');
    await setNumber(options, 'Focus', 'Default focus length (minutes)', 35);
    await expect.poll(async () => (await options.evaluate(() => chrome.storage.sync.get('settings:focus')))['settings:focus']).toMatchObject({ v: 1, value: { defaultMinutes: 35 } });
    // What the browser's sync does when another machine saved later.
    await options.evaluate(() => chrome.storage.sync.set({ 'settings:focus': { v: 1, value: { defaultMinutes: 20 }, savedAt: Date.now() + 60_000 } }));
    await expect.poll(() => options.getByLabel('Default focus length (minutes)').inputValue()).toBe('20');
    expect(await storedSection('focus')).toEqual({ defaultMinutes: 20 });
  });

  test('a whole session makes no network request off this machine', async () => {
    const proxy = await startRecordingProxy();
    await t.ext.close();
    t.ext = await launchWithExtension(undefined, { args: [`--proxy-server=${proxy.address}`] });
    await t.ext.context.grantPermissions(['notifications'], { origin: t.server.origin });
    try {
      const options = await t.ext.openExtensionPage('options.html');
      await setNumber(options, 'Focus', 'Default focus length (minutes)', 30);
      await startFocus(t.ext);
      const chat = await openChatPage(t.ext, t.server.origin);
      await notifyWithConstructor(chat, 'Standup notes', { body: 'see doc' });
      await expect.poll(async () => (await readHeldRows(t.ext)).length).toBe(1);
      const popup = await openPopup(t.ext);
      await popup.getByRole('textbox', { name: 'Question' }).fill('Can you review?');
      await popup.getByRole('textbox', { name: 'Recipient' }).fill('Lee');
      await popup.getByRole('button', { name: 'Queue question' }).click();
      await expect.poll(async () => (await readStore(t.ext, 'questions')).length).toBe(1);
      await popup.getByRole('button', { name: 'End focus' }).click();
      await expect.poll(async () => (await readStore(t.ext, 'digests')).length).toBe(1);
      const digest = await t.ext.openExtensionPage('digest.html');
      await digest.getByText('Standup notes').first().waitFor();
      expect(proxy.requests.filter(notTheBrowsersOwn)).toEqual([]);
      // The proxy does see what leaves: a request of the test's own to another host reaches it.
      await chat.evaluate(() => fetch('http://heads-down-probe.invalid/').catch(() => undefined));
      await expect.poll(() => proxy.requests.filter(notTheBrowsersOwn)).toEqual(['GET http://heads-down-probe.invalid/']);
    } finally {
      await proxy.close();
    }
  });
});
