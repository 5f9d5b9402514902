import { describe, expect, test } from 'vitest';
import { seriousViolations } from './support/axe';
import { withExtension } from './support/with-extension';

// Chrome lets a user restrict an extension's site access (chrome://extensions → Site access);
// Heads Down says which apps that leaves out. Chrome refuses permissions.remove for hosts the
// manifest asks for, so the test makes the user's choice where the user would, on the
// extensions page, through the API that page uses.
const t = withExtension();

describe('site access in Chromium', () => {
  test('presets whose sites are withheld are named in the popup with an Allow button, and on the first-run page', async () => {
    const extensions = await t.ext.context.newPage();
    await extensions.goto('chrome://extensions');
    await extensions.evaluate(async (id) => {
      const dev = (chrome as unknown as { developerPrivate: any }).developerPrivate;
      await dev.updateExtensionConfiguration({ extensionId: id, hostAccess: dev.HostAccess.ON_CLICK });
    }, t.ext.extensionId);
    const probe = await t.ext.probe();
    await expect.poll(() => probe.evaluate(() => chrome.permissions.contains({ origins: ['https://mail.google.com/*'] }))).toBe(false);
    const popup = await t.ext.openExtensionPage('popup.html');
    const notice = popup.getByRole('status', { name: 'Site access' });
    // Every app of the e2e build, the ten presets and Local chat, is withheld.
    await expect
      .poll(() => notice.textContent())
      .toBe('Slack, Microsoft Teams, Microsoft Teams (personal) and 8 more apps are not allowed, so their notifications are not held.Allow');
    expect(await notice.getByRole('button', { name: 'Allow' }).isVisible()).toBe(true);

    // The first-run page in the same state, and both pages accessible with their warnings shown.
    const welcome = await t.ext.openExtensionPage('welcome.html');
    await welcome.getByRole('button', { name: 'Allow all' }).waitFor();
    expect(await welcome.getByRole('listitem').filter({ hasText: 'Gmail' }).textContent()).toBe('GmailNot allowed');
    for (const page of [popup, welcome]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        expect(await seriousViolations(page), `${page.url()} ${colorScheme}`).toEqual([]);
      }
    }
  });
});
