import type { Frame, Page } from 'playwright-core';

// Typed access to the functions tests/fixtures/chat.html defines.
interface ChatWindow {
  notifyWithConstructor(title: string, options?: NotificationOptions): {
    isNotification: boolean;
    title: string;
    body: string;
    tag: string;
  };
  notifyWithRegistration(title: string, options?: NotificationOptions): Promise<string[]>;
  events: { type: string; title: string }[];
}

export function notifyWithConstructor(page: Page, title: string, options: NotificationOptions = {}) {
  return page.evaluate(([t, o]) => (window as unknown as ChatWindow).notifyWithConstructor(t, o), [title, options] as const);
}

/** Shows through the page's service-worker registration; returns the titles the browser lists as shown. */
export function notifyWithRegistration(page: Page, title: string, options: NotificationOptions = {}) {
  return page.evaluate(([t, o]) => (window as unknown as ChatWindow).notifyWithRegistration(t, o), [title, options] as const);
}

/** The events (show, error, close, click) the page received on notifications it made. */
export function readPageEvents(page: Page) {
  return page.evaluate(() => (window as unknown as ChatWindow).events);
}

export function notifyWithClick(page: Page, title: string, conversation: string) {
  return page.evaluate(([t, c]) => (window as any).notifyWithClick(t, c), [title, conversation] as const);
}

/** Makes `count` notifications in one synchronous loop; returns how many working objects came back. */
export function flood(page: Page, count: number): Promise<number> {
  return page.evaluate((n) => (window as any).flood(n), count);
}

/**
 * For a page or frame opened before focus starts: notes the focus flag its hook is sent and the
 * answers to its captures, so a test can wait until the hook knows about the block
 * (`untilHookHolds`) and see that each notification was answered "held" (`readHookAnswers`).
 */
export function watchHook(target: Page | Frame) {
  return target.evaluate(() => {
    const w = window as any;
    w.hookAnswers = [];
    addEventListener('headsdown:flag', (e) => (w.hookUntil = JSON.parse((e as CustomEvent).detail).until));
    addEventListener('headsdown:ack', (e) => w.hookAnswers.push(JSON.parse((e as CustomEvent).detail).held));
  });
}

export function untilHookHolds(target: Page | Frame) {
  return target.waitForFunction(() => (window as any).hookUntil > Date.now());
}

export function readHookAnswers(target: Page | Frame): Promise<boolean[]> {
  return target.evaluate(() => (window as any).hookAnswers);
}
