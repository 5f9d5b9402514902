import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { stopServiceWorker } from './support/extension-browser';
import { openPopup, optionsSection, readStore } from './support/extension-state';
import { startWebhookServer, type WebhookServer } from './support/webhook-server';
import { withExtension } from './support/with-extension';
import type { Page } from 'playwright-core';

const t = withExtension();
let hook: WebhookServer;

beforeEach(async () => {
  hook = await startWebhookServer();
});
afterEach(() => hook.close());

async function addWebhook(name: string): Promise<void> {
  const options = await t.ext.openExtensionPage('options.html');
  const delivery = optionsSection(options, 'Delivery channels');
  await delivery.getByLabel('Name', { exact: true }).fill(name);
  await delivery.getByRole('textbox', { name: 'Webhook URL' }).fill(hook.url);
  await delivery.getByRole('button', { name: 'Add webhook' }).click();
  await delivery.getByText(`Added ${name}.`).waitFor();
  await options.close();
}

async function queue(popup: Page, text: string, recipient: string, neededBy = 'tomorrow 3pm'): Promise<void> {
  await popup.getByRole('textbox', { name: 'Question' }).fill(text);
  await popup.getByRole('textbox', { name: 'Recipient' }).fill(recipient);
  await popup.getByRole('textbox', { name: 'Needed by' }).fill(neededBy);
  // The typed time is echoed back with its weekday and date before anything is queued.
  await expect.poll(() => popup.locator('#needed-by-hint').textContent()).toMatch(/^\w{3}, \w{3} \d+ · 3:00 PM$/);
  await popup.getByRole('button', { name: 'Queue question' }).click();
  // Stored by the background (outside focus it may leave at once, so the Queued list is not a
  // reliable signal).
  await expect.poll(async () => (await readStore(t.ext, 'questions')).some((q) => q.text === text)).toBe(true);
}

const messageStates = async () => (await readStore(t.ext, 'outbox')).map((m) => m.state);

describe('the question queue', () => {
  test('two questions to one person during focus arrive as one merged message with the needed-by line when the block ends', async () => {
    await addWebhook('Team chat');
    const popup = await openPopup(t.ext);
    await popup.getByRole('button', { name: 'Start focus' }).click();
    await popup.getByRole('status').filter({ hasText: /^Focus until/ }).waitFor();
    expect(await popup.getByRole('combobox', { name: 'Channel' }).inputValue()).toMatch(/^hook-/);
    await queue(popup, 'Can we ship the report on Thursday?', 'Dana');
    await queue(popup, 'Which logo goes on the cover?', 'Dana');
    // Queued, not sent: nothing reached the webhook during focus.
    expect((await readStore(t.ext, 'questions')).map((q) => q.status)).toEqual(['queued', 'queued']);
    expect(hook.posts).toEqual([]);

    await popup.getByRole('button', { name: 'End focus' }).click();
    await expect.poll(() => hook.posts.length).toBe(1);
    const text = hook.posts[0]!.text as string;
    expect(text).toMatch(/^Hi Dana, 2 questions when you have a moment:/);
    expect(text).toContain('1. Can we ship the report on Thursday?\n2. Which logo goes on the cover?');
    expect(text).toMatch(/\nNeeded by \w{3}, \w{3} \d+ · 3:00 PM \(Standard: end of business day\)\.$/);
    await popup.getByRole('list', { name: 'Waiting on answers' }).locator('.item-title', { hasText: 'Which logo goes on the cover?' }).waitFor();
    // The digest shows the same questions the user waits on.
    const digest = await t.ext.openExtensionPage('digest.html');
    await digest.getByRole('list', { name: 'Waiting on answers' }).locator('.item-title', { hasText: 'Can we ship the report on Thursday?' }).waitFor();
    await popup.getByRole('button', { name: 'Mark answered Which logo goes on the cover?' }).click();
    await expect.poll(async () => (await readStore(t.ext, 'questions')).map((q) => q.status).sort()).toEqual(['answered', 'sent']);
    expect(hook.posts).toHaveLength(1);
  });

  test('with the server down the question stays in the outbox and is delivered when it comes back', async () => {
    await addWebhook('Team chat');
    await hook.stop();
    const popup = await openPopup(t.ext);
    await queue(popup, 'Ship it?', 'Sam');
    const outbox = popup.getByRole('list', { name: 'Messages on their way' });
    await expect.poll(() => outbox.innerText()).toContain('will try again');
    expect(await outbox.innerText()).toContain('Could not reach Team chat');
    await hook.start();
    await expect.poll(() => hook.posts.length, { timeout: 30_000 }).toBe(1);
    await expect.poll(messageStates).toEqual(['sent']);
    expect(hook.posts[0]!.text).toContain('Ship it?');
  }, 60_000);

  test('a worker stopped mid-send gives exactly one post, and the outbox says it may have arrived', async () => {
    await addWebhook('Team chat');
    hook.mode = 'hold';
    const popup = await openPopup(t.ext);
    await popup.getByRole('textbox', { name: 'Question' }).fill('Ship it?');
    await popup.getByRole('textbox', { name: 'Recipient' }).fill('Sam');
    void popup.getByRole('button', { name: 'Send now' }).click();
    await expect.poll(() => hook.posts.length).toBe(1);
    expect(await messageStates()).toEqual(['sending']);
    await stopServiceWorker(t.ext);
    hook.dropHeld();
    hook.mode = 'ok';
    // Any event starts a new worker; it finds the attempt unfinished and does not repeat it.
    await (await t.ext.probe()).evaluate(() => chrome.runtime.sendMessage({ wake: true }).catch(() => {}));
    await expect.poll(messageStates).toEqual(['attention']);
    const reopened = await openPopup(t.ext);
    await expect.poll(() => reopened.getByRole('list', { name: 'Messages on their way' }).innerText()).toContain('it may have arrived');
    expect(hook.posts).toHaveLength(1);
    await reopened.getByRole('button', { name: 'Mark sent to Sam' }).click();
    await expect.poll(messageStates).toEqual(['sent']);
    expect(hook.posts).toHaveLength(1);
  });

  test('"Ask later…" opens the composer with the selected text, and the question keeps it', async () => {
    const opened = t.ext.context.waitForEvent('page', (p) => p.url().includes('/compose.html'));
    await (await t.ext.worker()).evaluate(() =>
      (globalThis as any).headsDownE2E.askLater({ selectionText: 'Q3 revenue is down 4%', pageUrl: 'https://docs.example/q3' }, { title: 'Q3 report', url: 'https://docs.example/q3' }),
    );
    const compose = await opened;
    const context = compose.getByRole('group', { name: 'Context' });
    await expect.poll(() => context.innerText()).toContain('Q3 revenue is down 4%');
    expect(await context.innerText()).toContain('Q3 report — https://docs.example/q3');
    await compose.getByRole('textbox', { name: 'Question' }).fill('Why is revenue down?');
    await compose.getByRole('textbox', { name: 'Recipient' }).fill('Priya');
    await compose.getByRole('button', { name: 'Queue question' }).click();
    await expect.poll(() => readStore(t.ext, 'questions')).toEqual([
      expect.objectContaining({ text: 'Why is revenue down?', recipient: 'Priya', context: { quote: 'Q3 revenue is down 4%', title: 'Q3 report', url: 'https://docs.example/q3' } }),
    ]);
    // The default channel is Copy: outside focus it goes at once, to the clipboard.
    await expect.poll(messageStates).toEqual(['sent']);
    const box = compose.getByRole('textbox', { name: 'Question' });
    await box.focus();
    await compose.keyboard.press('Control+V');
    expect(await box.inputValue()).toContain('> Q3 revenue is down 4%');
  });

  test('a needed-by only partly understood is refused in place and nothing is queued', async () => {
    const popup = await openPopup(t.ext);
    await popup.getByRole('textbox', { name: 'Question' }).fill('Ship it?');
    await popup.getByRole('textbox', { name: 'Recipient' }).fill('Sam');
    await popup.getByRole('textbox', { name: 'Needed by' }).fill('tomorrow blah');
    await expect.poll(() => popup.locator('#needed-by-hint').textContent()).toMatch(/^Only part of “tomorrow blah” reads as a time/);
    await popup.getByRole('button', { name: 'Queue question' }).click();
    await popup.getByRole('alert').filter({ hasText: 'Only part of' }).waitFor();
    expect(await readStore(t.ext, 'questions')).toEqual([]);
  });
});
