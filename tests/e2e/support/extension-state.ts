import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './extension-browser';

/** What the toolbar shows: the badge text and the action's tooltip. */
export async function readToolbar(ext: ExtensionBrowser): Promise<{ badge: string; title: string }> {
  return (await ext.probe()).evaluate(async () => ({
    badge: await chrome.action.getBadgeText({}),
    title: await chrome.action.getTitle({}),
  }));
}

/** The extension's own system notifications, by id. */
export async function readSystemNotifications(ext: ExtensionBrowser): Promise<Record<string, unknown>> {
  return (await ext.probe()).evaluate(() => chrome.notifications.getAll());
}

/** "6:54 AM": how the en-US test browser writes a time. */
export function formatTimeEnUs(epochMs: number): string {
  return new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit' }).format(epochMs);
}

/** The planned end of focus as the background published it. */
export async function readFocusUntil(ext: ExtensionBrowser): Promise<number | null> {
  return (await ext.probe()).evaluate(async () => {
    const { focusFlag } = await chrome.storage.local.get('focusFlag');
    return (focusFlag as { until: number | null } | undefined)?.until ?? null;
  });
}

export async function openChatPage(ext: ExtensionBrowser, origin: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`${origin}/chat.html`);
  await page.evaluate(() => (window as unknown as { registration: Promise<unknown> }).registration);
  return page;
}

/** Opens the popup as a page and waits until its status line has painted. */
export async function openPopup(ext: ExtensionBrowser): Promise<Page> {
  const popup = await ext.openExtensionPage('popup.html');
  await popup.getByRole('status').waitFor();
  return popup;
}

/** The status line, badge and tooltip together: the three places that must never disagree. */
export async function readAllStatus(ext: ExtensionBrowser): Promise<{ popup: string; badge: string; title: string }> {
  const popup = await openPopup(ext);
  const status = (await popup.getByRole('status').textContent()) ?? '';
  await popup.close();
  return { popup: status, ...(await readToolbar(ext)) };
}

/** "3:45 pm": how a person types a time in the End time box. */
export function typedTime(date: Date): string {
  return new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit' }).format(date).toLowerCase();
}

/** The held rows as the digest's database has them. */
export function readHeldRows(ext: ExtensionBrowser): Promise<Record<string, unknown>[]> {
  return readStore(ext, 'held');
}

/** Starts a block from the popup and closes it again. */
export async function startFocus(ext: ExtensionBrowser): Promise<void> {
  const popup = await openPopup(ext);
  await popup.getByRole('button', { name: 'Start focus' }).click();
  await popup.getByRole('status').filter({ hasText: /^Focus until/ }).waitFor();
  await popup.close();
}

/** One section of the options page, by its heading ("SLA tiers", "Focus schedule"). */
export function optionsSection(options: Page, title: string) {
  return options.getByRole('region', { name: title, exact: true });
}

/** Saves one section of the options page and waits until it says so. */
export async function saveSection(options: Page, title: string): Promise<void> {
  const section = optionsSection(options, title);
  await section.getByRole('button', { name: `Save ${title}` }).click();
  await section.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
}

/** Reads one object store of the extension's database. */
export async function readStore(ext: ExtensionBrowser, store: string): Promise<Record<string, unknown>[]> {
  return (await ext.probe()).evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const q = indexedDB.open('heads-down');
      q.onsuccess = () => resolve(q.result);
    });
    const rows = await new Promise<Record<string, unknown>[]>((resolve) => {
      const q = db.transaction(name).objectStore(name).getAll();
      q.onsuccess = () => resolve(q.result);
    });
    db.close();
    return rows;
  }, store);
}

/** The summaries the background showed (the e2e build logs them in storage.session). */
export async function readShownSummaries(ext: ExtensionBrowser): Promise<{ id: string; title: string; message: string }[]> {
  return (await ext.probe()).evaluate(async () => ((await chrome.storage.session.get('e2eShownSummaries')).e2eShownSummaries ?? []) as { id: string; title: string; message: string }[]);
}

/** "09:05": how a time input takes a time. */
export const hhmm = (d: Date) => `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;

/**
 * Makes every minute of every day working time, so that response times in a test count real
 * minutes whatever the day and hour CI runs at.
 */
export async function workAllDay(options: Page): Promise<void> {
  const hours = optionsSection(options, 'Business hours');
  await hours.getByLabel('Day starts').fill('00:00');
  await hours.getByLabel('Day ends').fill('23:59');
  for (const day of ['Sat', 'Sun']) await hours.getByRole('checkbox', { name: day, exact: true }).check();
  await saveSection(options, 'Business hours');
}
