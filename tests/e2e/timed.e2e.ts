import { afterAll, beforeAll, describe, test } from 'vitest';
import { notifyWithConstructor, readHookAnswers, watchHook } from './support/chat-page';
import { launchWithExtension, type ExtensionBrowser } from './support/extension-browser';
import {
  formatTimeEnUs,
  hhmm,
  openChatPage,
  openPopup,
  optionsSection,
  readAllStatus,
  readShownSummaries,
  readStore,
  readToolbar,
  saveSection,
  workAllDay,
} from './support/extension-state';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';

// Tests that wait for the clock (a scheduled block, a response time, a digest time: all in whole
// minutes) run side by side, each in its own browser: the waits overlap instead of adding up.
const MINUTE = 60_000;
// Packed extensions' alarms fire at most every 30 s; a moment must be seen within that of its time.
const ALARM_PERIOD_MS = 30_000;

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());

async function withBrowser(run: (ext: ExtensionBrowser) => Promise<void>): Promise<void> {
  const ext = await launchWithExtension();
  await ext.context.grantPermissions(['notifications'], { origin: server.origin });
  try {
    await run(ext);
  } finally {
    await ext.close();
  }
}

/** The next whole minute at least `lead` ms away, for a wall-clock time typed in the options. */
function nextMinute(lead: number): Date {
  const d = new Date(Date.now() + lead);
  d.setSeconds(0, 0);
  d.setMinutes(d.getMinutes() + 1);
  return d;
}
const tooCloseToMidnight = (d: Date) => d.getDate() !== new Date().getDate() || d.getHours() === 23 && d.getMinutes() >= 57;

describe.concurrent('moments that come by themselves', () => {
  test('a scheduled block shows as "Next focus", then starts and ends focus by itself', async ({ skip, expect }) => {
    const start = nextMinute(20_000);
    const end = new Date(start.getTime() + MINUTE);
    if (tooCloseToMidnight(end)) skip('too close to midnight');
    await withBrowser(async (ext) => {
      const options = await ext.openExtensionPage('options.html');
      // Only this block: the default weekly blocks would make the test depend on today's date.
      const removeWeekly = options.getByRole('button', { name: /^Remove \w+day block/ });
      while ((await removeWeekly.count()) > 0) await removeWeekly.first().click();
      await options.getByRole('checkbox', { name: /Follow this schedule/ }).check();
      await options.getByRole('button', { name: 'Add exception' }).click();
      await options.getByRole('button', { name: 'Add block to Exception 1 one-off' }).click();
      await options.getByLabel('Exception 1 one-off block 1 start').fill(hhmm(start));
      await options.getByLabel('Exception 1 one-off block 1 end').fill(hhmm(end));
      await saveSection(options, 'Focus schedule');

      await expect.poll(() => readAllStatus(ext)).toEqual({
        popup: `Next focus ${formatTimeEnUs(start.getTime())}`,
        badge: '',
        title: `Heads Down — not in focus; next focus ${formatTimeEnUs(start.getTime())}`,
      });
      await expect
        .poll(() => readToolbar(ext), { timeout: start.getTime() - Date.now() + ALARM_PERIOD_MS, interval: 500 })
        .toEqual({ badge: '1m', title: `Heads Down — Focus until ${formatTimeEnUs(end.getTime())}` });
      expect((await readAllStatus(ext)).popup).toBe(`Focus until ${formatTimeEnUs(end.getTime())}`);
      await expect
        .poll(() => readToolbar(ext), { timeout: end.getTime() - Date.now() + ALARM_PERIOD_MS, interval: 500 })
        .toEqual({ badge: '', title: expect.stringMatching(/^Heads Down — not in focus/) });
      expect(Date.now()).toBeLessThanOrEqual(end.getTime() + ALARM_PERIOD_MS);
    });
  }, 180_000);

  test('an Important item held early in a long block is released before its due time, and the popup says when', async ({ skip, expect }) => {
    if (tooCloseToMidnight(new Date(Date.now() + 4 * MINUTE))) skip('too close to midnight');
    await withBrowser(async (ext) => {
      const options = await ext.openExtensionPage('options.html');
      await workAllDay(options);
      // Important answers within 2 minutes and comes back 1 minute before: a long block's stand-in.
      const important = optionsSection(options, 'SLA tiers').getByRole('group', { name: 'Important', exact: true });
      await important.getByLabel('Unit').selectOption('minutes');
      await important.getByLabel('Response time').fill('2');
      await saveSection(options, 'SLA tiers');
      await optionsSection(options, 'Digest times').getByLabel(/minutes before it is due/).fill('1');
      await saveSection(options, 'Digest times');

      const popup = await openPopup(ext);
      await popup.getByRole('button', { name: '90 min' }).click();
      await popup.getByRole('status').filter({ hasText: /^Focus until/ }).waitFor();
      const chat = await openChatPage(ext, server.origin);
      await watchHook(chat);
      const heldAt = Date.now();
      await notifyWithConstructor(chat, 'Dana Smith', { body: 'can you sign off the contract?' });
      await expect.poll(() => readHookAnswers(chat)).toEqual([true]);
      // The popup says when the next check is, before it comes.
      await expect.poll(() => popup.locator('.next-check').textContent()).toMatch(/^Next check .+ \(1 Important\)$/);

      await expect.poll(() => readShownSummaries(ext), { timeout: 2 * MINUTE, interval: 1_000 }).toEqual([
        expect.objectContaining({ title: '1 held: Local chat 1', message: expect.stringMatching(/^1 Important due /) }),
      ]);
      const [row] = await readStore(ext, 'held');
      const [digest] = await readStore(ext, 'digests');
      expect(digest).toMatchObject({ reason: 'sla', itemIds: [row!.id] });
      expect(row!.releasedAt as number).toBeLessThan(row!.dueAt as number);
      expect(row!.releasedAt as number).toBeGreaterThanOrEqual(heldAt + 50_000);
      // Focus goes on.
      expect((await readToolbar(ext)).title).toMatch(/^Heads Down — Focus until/);
    });
  }, 180_000);

  test('batching holds outside focus in working hours, and a digest time releases it', async ({ skip, expect }) => {
    const digestAt = nextMinute(25_000);
    if (tooCloseToMidnight(digestAt)) skip('too close to midnight');
    await withBrowser(async (ext) => {
      const options = await ext.openExtensionPage('options.html');
      await workAllDay(options);
      const digest = optionsSection(options, 'Digest times');
      while ((await digest.getByRole('button', { name: /^Remove digest time/ }).count()) > 0) await digest.getByRole('button', { name: /^Remove digest time/ }).first().click();
      await digest.getByRole('button', { name: 'Add digest time' }).click();
      await digest.getByLabel('Digest time 1').fill(hhmm(digestAt));
      await digest.getByRole('checkbox', { name: /Hold notifications during working hours/ }).check();
      await saveSection(options, 'Digest times');

      const popup = await openPopup(ext);
      expect(await popup.getByRole('status').textContent()).toBe('Not in focus');
      await expect.poll(() => popup.locator('.next-check').textContent()).toMatch(/^Holding for digests until 11:59 PM/);
      const chat = await openChatPage(ext, server.origin);
      await watchHook(chat);
      await notifyWithConstructor(chat, '#random', { body: 'cake in the kitchen' });
      await expect.poll(() => readHookAnswers(chat)).toEqual([true]);
      expect(await readShownSummaries(ext)).toEqual([]);

      await expect.poll(() => readShownSummaries(ext), { timeout: digestAt.getTime() - Date.now() + ALARM_PERIOD_MS, interval: 1_000 }).toEqual([
        expect.objectContaining({ title: '1 held: Local chat 1' }),
      ]);
      expect(Date.now()).toBeGreaterThanOrEqual(digestAt.getTime());
      expect((await readStore(ext, 'digests')).map((d) => d.reason)).toEqual(['digest-time']);
      await expect.poll(() => readToolbar(ext)).toMatchObject({ badge: '1' });
    });
  }, 180_000);
});
