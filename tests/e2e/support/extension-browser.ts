import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM, E2E_EXTENSION_DIR } from './paths';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  profileDir: string;
  /**
   * The extension's first service worker. Playwright does not attach to a worker the browser
   * restarts, so after `stopServiceWorker` this throws: read state through `probe()` instead.
   */
  worker: () => Promise<Worker>;
  /** An extension page kept open to call chrome.* APIs (badge, notifications, storage) from. */
  probe: () => Promise<Page>;
  openExtensionPage: (file: string) => Promise<Page>;
  markWorkerStopped: () => void;
  close: (options?: { keepProfile?: boolean }) => Promise<void>;
}

/** Real Chromium with the e2e build (or the one given) loaded, in a throwaway (or given) profile. */
export async function launchWithExtension(
  profileDir?: string,
  { args = [], extensionDir = E2E_EXTENSION_DIR }: { args?: string[]; extensionDir?: string } = {},
): Promise<ExtensionBrowser> {
  const dir = profileDir ?? (await mkdtemp(path.join(os.tmpdir(), 'headsdown-e2e-')));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'en-US',
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...args,
    ],
  });
  const first =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(first.url()).host;
  let stopped = false;
  let probePage: Page | undefined;
  const openExtensionPage = async (file: string) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${file}`);
    return page;
  };
  return {
    context,
    extensionId,
    profileDir: dir,
    worker: async () => {
      if (stopped || first.url() === '') throw new Error('The first service worker was stopped; use probe()');
      return first;
    },
    probe: async () => {
      // The options page: it watches no database query, so it adds no work to what a test measures.
      // Right after the extension reloads its pages are refused for a moment: try again.
      for (let attempt = 0; !probePage || probePage.isClosed(); attempt++) {
        try {
          probePage = await openExtensionPage('options.html');
        } catch (error) {
          if (attempt >= 20) throw error;
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
      }
      return probePage;
    },
    markWorkerStopped: () => {
      stopped = true;
    },
    openExtensionPage,
    close: async ({ keepProfile = false } = {}) => {
      await context.close();
      if (!keepProfile) await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Stops the extension's service worker the way the browser does when it is idle, and waits until
 * it is gone. The next event (a message, an alarm) starts it again from scratch.
 */
export async function stopServiceWorker(ext: ExtensionBrowser): Promise<void> {
  const page = await ext.context.newPage();
  try {
    const cdp = await ext.context.newCDPSession(page);
    const workerUrl = `chrome-extension://${ext.extensionId}/background.js`;
    const findWorker = async () =>
      (await cdp.send('Target.getTargets')).targetInfos.find((t) => t.type === 'service_worker' && t.url === workerUrl);
    const target = await findWorker();
    if (target) await cdp.send('Target.closeTarget', { targetId: target.targetId });
    ext.markWorkerStopped();
    for (let i = 0; i < 100 && (await findWorker()); i++) await page.waitForTimeout(50);
    if (await findWorker()) throw new Error('The service worker did not stop');
  } finally {
    await page.close();
  }
}
