import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { offerWelcome, WELCOME_SHOWN_KEY } from '@/entrypoints/background/first-run';
import { SITE_PRESETS } from '@/lib/sites/presets';
import { installFakePermissions } from '../../support/fake-permissions';
import { storeSettings } from '../../support/stored-settings';

const NOW = new Date('2026-11-23T10:00:00-05:00').getTime();
const everyPresetHost = SITE_PRESETS.flatMap((p) => p.matches);
// The fake browser starts with one blank tab.
const openedPages = async () => (await fakeBrowser.tabs.query({})).flatMap((t) => (t.url ? [t.url] : []));
const welcomeUrl = fakeBrowser.runtime.getURL('/welcome.html');

describe('the first-run page', () => {
  test.each([
    { why: 'a fresh install with a site withheld opens it', reason: 'install', granted: everyPresetHost.slice(1), shownBefore: false, opened: true },
    { why: 'every site allowed: not opened', reason: 'install', granted: everyPresetHost, shownBefore: false, opened: false },
    { why: 'an update never opens it', reason: 'update', granted: [], shownBefore: false, opened: false },
    { why: 'it asks once: not opened again', reason: 'install', granted: [], shownBefore: true, opened: false },
  ])('$why', async ({ reason, granted, shownBefore, opened }) => {
    installFakePermissions(granted);
    if (shownBefore) await fakeBrowser.storage.local.set({ [WELCOME_SHOWN_KEY]: NOW - 1 });
    await offerWelcome(reason, NOW);
    expect(await openedPages()).toEqual(opened ? [welcomeUrl] : []);
    const shown = (await fakeBrowser.storage.local.get(WELCOME_SHOWN_KEY))[WELCOME_SHOWN_KEY];
    expect(shown).toBe(opened ? NOW : shownBefore ? NOW - 1 : undefined);
  });

  test('a preset turned off does not count: its withheld site opens nothing', async () => {
    await storeSettings((s) => void (s.sites.disabledPresets = ['slack']));
    installFakePermissions(everyPresetHost.filter((h) => h !== 'https://app.slack.com/*'));
    await offerWelcome('install', NOW);
    expect(await openedPages()).toEqual([]);
  });
});
