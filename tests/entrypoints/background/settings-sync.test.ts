import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startFocus } from '@/entrypoints/background/focus-commands';
import { seedSync } from '@/entrypoints/background/settings-sync';
import { saveSettings, takeFromSync } from '@/entrypoints/background/settings-writer';
import { sectionKey } from '@/lib/settings/section';
import { loadSettings } from '@/lib/settings/store';
import { SYNC_STATUS_KEY } from '@/lib/settings/sync-plan';
import { storeSettings } from '../../support/stored-settings';

const NOW = new Date('2026-11-23T10:00:00-05:00');
const clock = () => NOW;
const synced = async (name: string) => (await fakeBrowser.storage.sync.get(sectionKey(name)))[sectionKey(name)] as { v: number; value: unknown; savedAt: number } | undefined;

describe('settings across the user\'s browsers', () => {
  test('a save here goes to sync with its save time', async () => {
    await storeSettings();
    expect(await saveSettings({ section: 'focus', value: { defaultMinutes: 40 } }, clock)).toEqual({ ok: true });
    expect(await synced('focus')).toEqual({ v: 1, value: { defaultMinutes: 40 }, savedAt: NOW.getTime() });
  });

  test('a later save on another machine is taken in; an older one is not', async () => {
    await storeSettings();
    await saveSettings({ section: 'focus', value: { defaultMinutes: 40 } }, clock);
    await fakeBrowser.storage.sync.set({ [sectionKey('focus')]: { v: 1, value: { defaultMinutes: 25 }, savedAt: NOW.getTime() - 1 } });
    expect(await takeFromSync(clock)).toEqual([]);
    expect((await loadSettings()).focus.defaultMinutes).toBe(40);
    await fakeBrowser.storage.sync.set({ [sectionKey('focus')]: { v: 1, value: { defaultMinutes: 25 }, savedAt: NOW.getTime() + 1 } });
    expect(await takeFromSync(clock)).toEqual(['focus']);
    expect((await loadSettings()).focus.defaultMinutes).toBe(25);
  });

  test('what sync brings keeps the rules: invalid values and loosened lockdown during a block are not taken', async () => {
    await storeSettings((s) => void (s.lockdown.enabled = true));
    await startFocus({ minutes: 30 }, clock);
    const later = NOW.getTime() + 1;
    const lockdown = (await loadSettings()).lockdown;
    await fakeBrowser.storage.sync.set({
      [sectionKey('lockdown')]: { v: 1, value: { ...lockdown, enabled: false }, savedAt: later },
      [sectionKey('focus')]: { v: 1, value: { defaultMinutes: -5 }, savedAt: later },
      [sectionKey('quiet')]: { v: 99, value: {}, savedAt: later },
    });
    expect(await takeFromSync(clock)).toEqual([]);
    const now = await loadSettings();
    expect(now.lockdown.enabled).toBe(true);
    expect(now.focus.defaultMinutes).toBe(50);
  });

  test('a section too large for sync stays here, saved, and the reason is recorded', async () => {
    await storeSettings();
    const vips = Array.from({ length: 200 }, (_, i) => `Very important person number ${i} of the whole company`);
    const rules = (await loadSettings()).rules;
    expect(await saveSettings({ section: 'rules', value: { ...rules, vips } }, clock)).toEqual({ ok: true });
    expect((await loadSettings()).rules.vips).toHaveLength(200);
    expect(await synced('rules')).toBeUndefined();
    const localOnly = (await fakeBrowser.storage.local.get(SYNC_STATUS_KEY))[SYNC_STATUS_KEY];
    expect(localOnly).toEqual({ rules: expect.stringMatching(/^Classification rules is too large to sync \(\d+\.\d KB; the browser syncs at most 8\.0 KB a part\)\.$/) });
  });

  test('the first machine seeds sync with what it saved before', async () => {
    await storeSettings((s) => void (s.focus.defaultMinutes = 33));
    await seedSync();
    expect((await synced('focus'))?.value).toEqual({ defaultMinutes: 33 });
  });
});
