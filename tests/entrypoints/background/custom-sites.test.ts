import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addCustomSite, forgetRevokedSites, removeCustomSite } from '@/entrypoints/background/custom-sites';
import { sectionKey } from '@/lib/settings/section';
import { loadSettings } from '@/lib/settings/store';
import { storeSettings } from '../../support/stored-settings';

const NOW = new Date('2026-11-23T10:00:00-05:00');
const clock = () => NOW;
const zulip = { id: 'zulip', name: 'Zulip', pattern: 'https://zulip.example.com/*' };
const element = { id: 'element', name: 'Element', pattern: 'https://*.element.example/*' };
const withApps = () => storeSettings((s) => void (s.sites = { disabledPresets: ['discord'], custom: [zulip, element] }));
const granted = (answer: boolean) => ((fakeBrowser.permissions as unknown as { contains: () => Promise<boolean> }).contains = async () => answer);

describe('forgetRevokedSites', () => {
  test.each([
    { name: 'a revoked app is removed, the others stay', revoked: [zulip.pattern], left: ['element'] },
    { name: 'revoking hosts no app uses changes nothing', revoked: ['https://other.example/*'], left: ['zulip', 'element'] },
    { name: 'an empty revocation changes nothing', revoked: [], left: ['zulip', 'element'] },
  ])('$name', async ({ revoked, left }) => {
    await withApps();
    await forgetRevokedSites(revoked, clock);
    const { sites } = await loadSettings();
    expect(sites.custom.map((s) => s.id)).toEqual(left);
    expect(sites.disabledPresets).toEqual(['discord']);
  });
});

describe('adding and removing a self-hosted app', () => {
  test.each([
    { name: 'a granted host is added with its name', address: 'chat.example.com', appName: 'Team chat', grant: true, result: { ok: true }, added: 'Team chat' },
    { name: 'without a name, the host names it', address: 'https://mm.example.org/channels/x', appName: ' ', grant: true, result: { ok: true }, added: 'mm.example.org' },
    { name: 'a host not granted is refused', address: 'chat.example.com', appName: '', grant: false, result: { ok: false, message: 'Access to chat.example.com was not granted, so it was not added.' } },
    { name: 'an address that is not one is refused', address: 'not a url at all', appName: '', grant: true, result: { ok: false, message: '“not a url at all” is not a web address.' } },
    { name: 'a preset is refused', address: 'https://*.slack.com', appName: '', grant: true, result: { ok: false, message: 'slack.com includes Slack, which is covered already (see the list above).' } },
    { name: 'an app already added is refused', address: 'zulip.example.com', appName: '', grant: true, result: { ok: false, message: 'zulip.example.com is already covered.' } },
  ])('$name', async ({ address, appName, grant, result, added }) => {
    await withApps();
    granted(grant);
    expect(await addCustomSite({ address, name: appName }, clock)).toMatchObject(result);
    const names = (await loadSettings()).sites.custom.map((s) => s.name);
    expect(names).toEqual(added ? ['Zulip', 'Element', added] : ['Zulip', 'Element']);
  });

  test('removing takes one app away and keeps the rest', async () => {
    await withApps();
    expect(await removeCustomSite({ id: 'zulip' }, clock)).toEqual({ ok: true });
    expect((await loadSettings()).sites.custom.map((s) => s.id)).toEqual(['element']);
  });

  test('while the stored apps cannot be read, adding is refused and nothing is replaced', async () => {
    granted(true);
    const unreadable = { v: 99, value: { anything: true } };
    await fakeBrowser.storage.local.set({ [sectionKey('sites')]: unreadable });
    const result = await addCustomSite({ address: 'chat.example.com', appName: '' }, clock);
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('Save that section first') });
    expect((await fakeBrowser.storage.local.get(sectionKey('sites')))[sectionKey('sites')]).toEqual(unreadable);
  });
});
