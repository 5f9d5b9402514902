import { describe, expect, test } from 'vitest';
import { notifyWithConstructor, readPageEvents } from './support/chat-page';
import { launchWithExtension, stopServiceWorker } from './support/extension-browser';
import {
  formatTimeEnUs,
  openChatPage,
  optionsSection,
  saveSection,
  openPopup,
  readAllStatus,
  readFocusUntil,
  readHeldRows,
  readSystemNotifications,
  readToolbar,
  typedTime,
} from './support/extension-state';
import { withExtension } from './support/with-extension';

const t = withExtension();

// Packed extensions' alarms fire at most every 30 s; a block must end within that of its end.
const ALARM_PERIOD_MS = 30_000;
const MINUTE = 60_000;


const startShortBlock = async (seconds: number) => {
  const until = Date.now() + seconds * 1000;
  await (await t.ext.worker()).evaluate((u) => (globalThis as any).headsDownE2E.startFocusUntil(u), until);
  const published = await readFocusUntil(t.ext);
  expect(published).toBe(until);
  return until;
};

const expectedStatus = (until: number) => ({
  popup: `Focus until ${formatTimeEnUs(until)}`,
  title: `Heads Down — Focus until ${formatTimeEnUs(until)}`,
});

/** Waits for the block to be over on the toolbar, and says when that was seen. */
async function waitForEnd(until: number): Promise<number> {
  await expect
    .poll(() => readToolbar(t.ext), { timeout: until - Date.now() + ALARM_PERIOD_MS, interval: 250 })
    .toEqual({ badge: expect.stringMatching(/^\d*$/), title: expect.stringMatching(/^Heads Down — not in focus/) });
  return Date.now();
}

describe('manual blocks from the popup', () => {
  test('typing an end time and Enter starts a block until then; nonsense is refused in place', async ({ skip }) => {
    const popup = await openPopup(t.ext);
    const endTime = popup.getByRole('textbox', { name: 'End time' });
    await endTime.fill('half past lunch');
    await endTime.press('Enter');
    expect(await popup.getByRole('alert').textContent()).toContain('is not a time');
    expect(await popup.getByRole('status').textContent()).toBe('Not in focus');
    expect(await readFocusUntil(t.ext)).toBeNull();

    // Two hours from now, on a five-minute mark, but never past today.
    const target = new Date(Math.min(Date.now() + 2 * 60 * MINUTE, new Date().setHours(23, 55, 0, 0)));
    target.setMinutes(Math.ceil(target.getMinutes() / 5) * 5, 0, 0);
    if (target.getTime() <= Date.now() + MINUTE || target.getDate() !== new Date().getDate()) skip('too close to midnight');
    await endTime.fill(typedTime(target));
    await endTime.press('Enter');
    await expect.poll(() => popup.getByRole('status').textContent()).toBe(`Focus until ${formatTimeEnUs(target.getTime())}`);
    expect(await readFocusUntil(t.ext)).toBe(target.getTime());
    expect(await readAllStatus(t.ext)).toMatchObject(expectedStatus(target.getTime()));
  });

  test('a preset starts a block of that length, and Extend adds 15 minutes everywhere', async () => {
    const popup = await openPopup(t.ext);
    const before = Date.now();
    await popup.getByRole('button', { name: '25 min' }).click();
    await expect.poll(() => popup.getByRole('status').textContent()).toMatch(/^Focus until/);
    const until = (await readFocusUntil(t.ext))!;
    expect(until - before).toBeGreaterThanOrEqual(25 * MINUTE);
    expect(until - Date.now()).toBeLessThanOrEqual(25 * MINUTE);

    await popup.getByRole('button', { name: 'Extend' }).click();
    await expect.poll(() => readFocusUntil(t.ext)).toBe(until + 15 * MINUTE);
    await expect.poll(() => popup.getByRole('status').textContent()).toBe(`Focus until ${formatTimeEnUs(until + 15 * MINUTE)}`);
    expect(await readAllStatus(t.ext)).toEqual({ ...expectedStatus(until + 15 * MINUTE), badge: expect.stringMatching(/^(40|39)m$/) });
  });
});

describe('a block survives the worker and the browser', () => {
  test('stopping the worker again and again changes nothing, and the block still ends on time', async () => {
    const until = await startShortBlock(8);
    for (let i = 0; i < 3; i++) {
      await stopServiceWorker(t.ext);
      expect(await readAllStatus(t.ext)).toEqual({ ...expectedStatus(until), badge: '1m' });
    }
    const seenEnded = await waitForEnd(until);
    expect(seenEnded).toBeLessThanOrEqual(until + ALARM_PERIOD_MS);
    const popup = await openPopup(t.ext);
    expect(await popup.getByRole('status').textContent()).toBe('Not in focus');
  });

  test('restarting the browser mid-block keeps it on, and it ends on time with its digest', async () => {
    const until = await startShortBlock(20);
    const chat = await openChatPage(t.ext, t.server.origin);
    await notifyWithConstructor(chat, 'held across a restart');
    const digest = await t.ext.openExtensionPage('digest.html');
    await expect.poll(() => digest.locator('.item-title').allTextContents()).toEqual(['held across a restart']);

    const profile = t.ext.profileDir;
    await t.ext.close({ keepProfile: true });
    t.ext = await launchWithExtension(profile);
    expect(await readAllStatus(t.ext)).toEqual({ ...expectedStatus(until), badge: '1m' });
    // A chat page opened after the restart is held too: the relay is placed again.
    await t.ext.context.grantPermissions(['notifications'], { origin: t.server.origin });
    const after = await openChatPage(t.ext, t.server.origin);
    await notifyWithConstructor(after, 'held after the restart');
    await expect.poll(async () => (await readHeldRows(t.ext)).map((r) => r.title).sort()).toEqual(['held across a restart', 'held after the restart']);
    expect(await readPageEvents(after)).toEqual([]);

    await waitForEnd(until);
    await expect.poll(async () => Object.keys(await readSystemNotifications(t.ext))).toHaveLength(1);
  });
});

describe('Copy status', () => {
  test('puts the status message with the end time on the clipboard', async () => {
    const until = await startShortBlock(600);
    const popup = await openPopup(t.ext);
    await popup.getByRole('button', { name: 'Copy status' }).click();
    const expected = `Heads down until ${formatTimeEnUs(until)} — I'll reply after. Urgent? Call or write “urgent”.`;
    await expect.poll(() => popup.getByText(`Copied: “${expected}”`).isVisible()).toBe(true);
    // Read the clipboard back the way a person would: paste it somewhere.
    const question = popup.getByRole('textbox', { name: 'Question' });
    await question.focus();
    await popup.keyboard.press('Control+V');
    expect(await question.inputValue()).toBe(expected);
  });
});

describe('lockdown', () => {
  test('ending early takes a reason and a wait, is recorded, and the daily allowance holds', async () => {
    const options = await t.ext.openExtensionPage('options.html');
    await options.getByRole('checkbox', { name: 'Ask for a reason before ending focus early' }).check();
    await options.getByLabel('Wait before ending early (seconds)').fill('2');
    await options.getByLabel('Early ends allowed per day (empty for no limit)').fill('1');
    await saveSection(options, 'Lockdown');

    const popup = await openPopup(t.ext);
    await popup.getByRole('button', { name: 'Start focus' }).click();
    await expect.poll(() => popup.getByRole('status').textContent()).toMatch(/^Focus until/);
    await popup.getByRole('button', { name: 'End focus' }).click();
    const confirm = popup.getByRole('form', { name: 'End focus early' }).getByRole('button', { name: 'End focus' });
    expect(await confirm.isDisabled()).toBe(true);
    await popup.getByLabel('Why end early?').fill('Production incident');
    expect(await confirm.isDisabled()).toBe(true);
    await expect.poll(() => confirm.isEnabled(), { timeout: 5_000 }).toBe(true);
    await confirm.click();
    await expect.poll(() => popup.getByRole('status').textContent()).toBe('Not in focus');

    const notes = await (await t.ext.probe()).evaluate(async () => {
      const db = await new Promise<IDBDatabase>((r) => {
        const q = indexedDB.open('heads-down');
        q.onsuccess = () => r(q.result);
      });
      const all = await new Promise<any[]>((r) => {
        const q = db.transaction('sessions').objectStore('sessions').getAll();
        q.onsuccess = () => r(q.result);
      });
      return all.map((s) => [s.endReason, s.endNote]);
    });
    expect(notes).toEqual([['user', 'Production incident']]);

    await popup.getByRole('button', { name: 'Start focus' }).click();
    await expect.poll(() => popup.getByRole('status').textContent()).toMatch(/^Focus until/);
    await popup.getByRole('button', { name: 'End focus' }).click();
    await popup.getByLabel('Why end early?').fill('Again');
    await expect.poll(() => confirm.isEnabled(), { timeout: 5_000 }).toBe(true);
    await confirm.click();
    await expect.poll(() => popup.getByRole('alert').textContent()).toContain('1 early end a day');
    expect(await popup.getByRole('status').textContent()).toMatch(/^Focus until/);
  });
});

describe('the options page', () => {
  test('bad input gets a message at the field and nothing of that section is saved; other sections save on their own', async () => {
    const options = await t.ext.openExtensionPage('options.html');
    const schedule = optionsSection(options, 'Focus schedule');
    await options.getByLabel('Monday block 2 start').fill('12:00');
    await options.getByLabel('Default focus length (minutes)').fill('0');
    await schedule.getByRole('button', { name: 'Save Focus schedule' }).click();
    await expect.poll(() => schedule.getByRole('status').textContent()).toBe('Nothing was saved: fix the problem marked below.');
    expect(await schedule.getByText('This block overlaps block 1 on the same day.').isVisible()).toBe(true);
    const focus = optionsSection(options, 'Focus');
    await focus.getByRole('button', { name: 'Save Focus' }).click();
    await expect.poll(() => focus.getByText('At least 1 minute.').isVisible()).toBe(true);
    await options.getByLabel('Default focus length (minutes)').fill('40');
    await saveSection(options, 'Focus');

    await options.reload();
    expect(await options.getByLabel('Monday block 2 start').inputValue()).toBe('15:00');
    expect(await options.getByLabel('Default focus length (minutes)').inputValue()).toBe('40');
  });

  test('a stored section it cannot read is announced alone, not replaced silently, and its Save replaces it', async () => {
    const probe = await t.ext.probe();
    const unreadable = { v: 99, value: { defaultMinutes: 30 } }; // as a newer version might save
    const read = () => probe.evaluate(async () => (await chrome.storage.local.get('settings:focus'))['settings:focus']);
    await probe.evaluate((value) => chrome.storage.local.set({ 'settings:focus': value }), unreadable);
    const options = await t.ext.openExtensionPage('options.html');
    const focus = optionsSection(options, 'Focus');
    await expect.poll(() => focus.getByRole('alert').textContent()).toContain('Your saved Focus settings could not be read');
    // The other sections are not affected.
    expect(await options.getByRole('alert').count()).toBe(1);
    expect(await read()).toEqual(unreadable);
    // Saving another section leaves it alone.
    await saveSection(options, 'Lockdown');
    expect(await read()).toEqual(unreadable);

    await saveSection(options, 'Focus');
    expect(await focus.getByRole('alert').count()).toBe(0);
    expect(await read()).toMatchObject({ v: 1, value: { defaultMinutes: 50 } });
  });
});

describe('keyboard shortcuts', () => {
  test('are registered, and start and end focus', async () => {
    const commands = await (await t.ext.probe()).evaluate(() => chrome.commands.getAll());
    expect(commands.map((c) => c.name)).toEqual(expect.arrayContaining(['start-focus', 'end-focus']));
    const worker = await t.ext.worker();
    await worker.evaluate(() => (globalThis as any).headsDownE2E.runCommand('start-focus'));
    await expect.poll(() => readFocusUntil(t.ext)).not.toBeNull();
    await worker.evaluate(() => (globalThis as any).headsDownE2E.runCommand('end-focus'));
    await expect.poll(() => readFocusUntil(t.ext)).toBeNull();
  });
});
