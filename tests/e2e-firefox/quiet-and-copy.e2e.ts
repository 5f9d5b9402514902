import { expect, test } from 'vitest';
import { openChatPage } from './support/chat-page';
import { readStore, startFocusFromPopup, statusText } from './support/state';
import { withFirefox } from './support/with-firefox';

// What works differently in Firefox: the clipboard (the event page's own document, no offscreen
// document) and tab muting.
type Ext = typeof globalThis & { browser: any };

const t = withFirefox();

test('a question sent by Copy is on the clipboard, ready to paste', async () => {
  const popup = await t.ext.openExtensionPage('popup.html');
  await popup.bringToFront();
  await popup.locator('::-p-aria(Question[role="textbox"])').fill('Can we ship the report on Thursday?');
  await popup.locator('::-p-aria(Recipient[role="textbox"])').fill('Dana');
  await popup.locator('::-p-aria(Queue question[role="button"])').click();
  // Copy is the default channel; outside focus the message goes at once.
  await expect.poll(async () => (await readStore(t.ext, 'outbox')).map((m) => m.state)).toEqual(['sent']);

  // The composer empties once the question is queued: what the box holds next is the paste.
  const box = (await popup.$('::-p-aria(Question[role="textbox"])'))!;
  await expect.poll(() => box.evaluate((el) => (el as HTMLTextAreaElement).value)).toBe('');
  await box.focus();
  await popup.keyboard.down('Control');
  await popup.keyboard.press('v');
  await popup.keyboard.up('Control');
  const pasted = await popup.evaluate(() => (document.activeElement as HTMLTextAreaElement).value);
  expect(pasted).toContain('Can we ship the report on Thursday?');
  expect(pasted).toMatch(/^Hi Dana/);
});

test('chat tabs are muted during focus and unmuted when it ends', async () => {
  await openChatPage(t.ext.browser, t.server.origin);
  const probe = await t.ext.probe();
  const mutedChatTabs = () =>
    probe.evaluate(async () => ((await (globalThis as Ext).browser.tabs.query({ url: 'http://127.0.0.1/*' })) as { mutedInfo?: { muted: boolean } }[]).map((t) => t.mutedInfo?.muted === true));
  expect(await mutedChatTabs()).toEqual([false]);

  const popup = await startFocusFromPopup(t.ext);
  await expect.poll(mutedChatTabs, { timeout: 10_000 }).toEqual([true]);
  await popup.bringToFront();
  await popup.locator('::-p-aria(End focus[role="button"])').click();
  await expect.poll(() => statusText(popup)).toBe('Not in focus');
  await expect.poll(mutedChatTabs, { timeout: 10_000 }).toEqual([false]);
});
