import { randomUUID } from 'node:crypto';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../wxt.config';
import { FIREFOX, FIREFOX_E2E_EXTENSION_DIR } from './paths';

export interface FirefoxExtension {
  browser: Browser;
  /** moz-extension://<uuid> */
  base: string;
  addonId: string;
  /** Opens an extension page in a new tab and waits until it has loaded. */
  openExtensionPage: (file: string) => Promise<Page>;
  /** An extension page kept open to call browser.* APIs and the background's test hooks from. */
  probe: () => Promise<Page>;
  close: () => Promise<void>;
}

/**
 * Debian's firefox-esr over WebDriver BiDi, with the e2e build installed as a temporary add-on.
 * The uuid pref fixes the moz-extension:// host so tests can name extension pages; without the
 * alerts pref every notification errors in a headless browser (no system notification service).
 */
export async function launchFirefox(): Promise<FirefoxExtension> {
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      'permissions.default.desktop-notification': 1,
      'alerts.useSystemBackend': false,
      'intl.locale.requested': 'en-US',
      // The first-run page would open a tab in every test browser; tests open it when they mean to.
      'browser.startup.homepage_override.mstone': 'ignore',
      // permissions.request grants without a prompt (a headless browser cannot answer one; ESR
      // honours this: without it the Allow tests fail). It still needs the user's gesture, which
      // a click over BiDi gives.
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  const addonId = await browser.installExtension(FIREFOX_E2E_EXTENSION_DIR);
  const base = `moz-extension://${uuid}`;
  let probePage: Page | undefined;
  const openExtensionPage = async (file: string) => {
    const page = await browser.newPage();
    await navigateExtensionPage(page, `${base}/${file}`);
    return page;
  };
  return {
    browser,
    base,
    addonId,
    openExtensionPage,
    probe: async () => {
      if (!probePage || probePage.isClosed()) probePage = await openExtensionPage('options.html');
      return probePage;
    },
    close: () => browser.close(),
  };
}

/**
 * Extension pages get no BiDi navigation events (Firefox bug 1755014), so page.goto() never
 * settles there: navigate without waiting and poll the document instead.
 */
export async function navigateExtensionPage(page: Page, url: string): Promise<void> {
  const frame = page.mainFrame() as unknown as { browsingContext: { navigate(url: string, wait: string): Promise<unknown> } };
  await frame.browsingContext.navigate(url, 'none');
  // Polled until the page says it has loaded; a check that lands mid-navigation just runs again.
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; ) {
    const loaded = await page
      .waitForFunction((u) => location.href === u && document.readyState === 'complete', { polling: 50, timeout: 2_000 }, url)
      .then(() => true, () => false);
    if (loaded) return;
  }
  throw new Error(`${url} did not load`);
}
