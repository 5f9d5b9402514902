import type { Browser, Page } from 'puppeteer-core';

// The functions tests/fixtures/chat.html defines, called the way a chat app would.
type ChatWindow = typeof globalThis & Record<string, any>;

export async function openChatPage(browser: Browser, origin: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${origin}/chat.html`);
  await page.evaluate(() => (window as ChatWindow).registration);
  await page.bringToFront();
  return page;
}

export function notifyWithConstructor(page: Page, title: string, options: NotificationOptions = {}) {
  return page.evaluate((t, o) => (window as ChatWindow).notifyWithConstructor(t, o), title, options) as Promise<{ isNotification: boolean; title: string }>;
}

export function readPageEvents(page: Page): Promise<{ type: string; title: string }[]> {
  return page.evaluate(() => (window as ChatWindow).events);
}

/** Notes the focus flag the hook is sent and its answers ("held" or not) to each capture. */
export function watchHook(page: Page) {
  return page.evaluate(() => {
    const w = window as ChatWindow;
    w.hookAnswers = [];
    addEventListener('headsdown:flag', (e) => (w.hookUntil = JSON.parse((e as CustomEvent).detail).until));
    addEventListener('headsdown:ack', (e) => w.hookAnswers.push(JSON.parse((e as CustomEvent).detail).held));
  });
}

export const untilHookHolds = (page: Page) => page.waitForFunction(() => (window as ChatWindow).hookUntil > Date.now());
export const readHookAnswers = (page: Page): Promise<boolean[]> => page.evaluate(() => (window as ChatWindow).hookAnswers);
