import type { Page } from 'puppeteer-core';
import type { FirefoxExtension } from './firefox';

// Reading the extension's state from an extension page, where `browser.*` is Firefox's own API.
type Ext = typeof globalThis & { browser: any };

/** The background's e2e hooks (entrypoints/background/index.ts), through the event page's window. */
export async function callBackground<T>(ext: FirefoxExtension, name: string, ...args: unknown[]): Promise<T> {
  return (await ext.probe()).evaluate(
    async (fn, rest) => {
      const bg = await (globalThis as Ext).browser.runtime.getBackgroundPage();
      return bg.headsDownE2E[fn](...rest);
    },
    name,
    args,
  ) as Promise<T>;
}

export async function readToolbarTitle(ext: FirefoxExtension): Promise<string> {
  return (await ext.probe()).evaluate(() => (globalThis as Ext).browser.action.getTitle({}));
}

export async function readFocusUntil(ext: FirefoxExtension): Promise<number | null> {
  return (await ext.probe()).evaluate(async () => {
    const { focusFlag } = await (globalThis as Ext).browser.storage.local.get('focusFlag');
    return focusFlag?.until ?? null;
  });
}

/** The rows of one of the extension's IndexedDB stores ('held', 'questions', 'outbox'). */
export async function readStore(ext: FirefoxExtension, store: string): Promise<Record<string, unknown>[]> {
  return (await ext.probe()).evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const q = indexedDB.open('heads-down');
      q.onsuccess = () => resolve(q.result);
      q.onerror = () => reject(q.error);
    });
    const rows = await new Promise<Record<string, unknown>[]>((resolve) => {
      const q = db.transaction(name).objectStore(name).getAll();
      q.onsuccess = () => resolve(q.result);
    });
    db.close();
    return rows;
  }, store);
}

/** The held rows as the digest's database has them. */
export const readHeldRows = (ext: FirefoxExtension) => readStore(ext, 'held');

export const heldTitles = async (ext: FirefoxExtension) =>
  (await readHeldRows(ext)).filter((r) => r.status === 'held').map((r) => r.title as string);

export const statusText = (page: Page) => page.evaluate(() => document.querySelector('[role=status]')?.textContent ?? '');

/** Presses the popup's Start focus and waits for "Focus until …"; returns the popup. */
export async function startFocusFromPopup(ext: FirefoxExtension): Promise<Page> {
  const popup = await ext.openExtensionPage('popup.html');
  await popup.bringToFront();
  await popup.locator('::-p-aria(Start focus[role="button"])').click();
  await popup.waitForFunction(() => /^Focus until/.test(document.querySelector('[role=status]')?.textContent ?? ''));
  return popup;
}

/** The titles the digest lists under "Held notifications". */
export async function digestTitles(ext: FirefoxExtension): Promise<string[]> {
  const digest = await ext.openExtensionPage('digest.html');
  await digest.waitForSelector('::-p-aria([name="Held notifications"][role="list"]), ::-p-text(Nothing held)');
  const titles = await digest.$$eval('[aria-label="Held notifications"] .item-title', (els) => els.map((e) => e.textContent ?? ''));
  await digest.close();
  return titles;
}

/**
 * Stops the event page the way Firefox does when it is idle, from the privileged (chrome) scope
 * over BiDi, and returns the background's state afterwards. The next event starts it again.
 */
export async function stopEventPage(ext: FirefoxExtension): Promise<string> {
  const connection = (ext.browser as unknown as { connection: { send(method: string, params: object): Promise<{ result: any }> } }).connection;
  const { result: tree } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const { result } = await connection.send('script.callFunction', {
    functionDeclaration: `async (id) => {
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      await ExtensionParent.DebugUtils.terminateBackgroundScript(id);
      return String(ExtensionParent.GlobalManager.getExtension(id).backgroundState);
    }`,
    arguments: [{ type: 'string', value: ext.addonId }],
    target: { context: tree.contexts[0].context },
    awaitPromise: true,
  });
  return result.result?.value ?? JSON.stringify(result);
}
