import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { syncContentScripts } from '@/entrypoints/background/content-scripts';
import type { Settings } from '@/lib/settings/settings';
import { settingsWith } from '../../support/stored-settings';
import { originMatchesPattern } from '@/lib/sites/presets';
import { FOCUS_BRIDGE_ID, HOLD_SCRIPT_ID } from '@/lib/sites/script-plan';
import { installFakeScripting } from '../../support/fake-scripting';

const SLACK_TAB = { id: 1, url: 'https://app.slack.com/client/T1' };
const NEWS_TAB = { id: 2, url: 'https://news.example.org/' };
const MATTERMOST_TAB = { id: 3, url: 'https://chat.example.com/team' };
const mattermost = { id: 'mm', name: 'Mattermost', pattern: 'https://chat.example.com/*' };

let fake: ReturnType<typeof installFakeScripting>;
const settings = (custom = [mattermost]): Settings => settingsWith((s) => void (s.sites = { disabledPresets: [], custom }));
// The tabs that got the bridge; each gets the hold script in its own world just before it.
const injectedTabs = () => {
  const bridges = fake.injections.flatMap((i, k) => (i.files.includes('/content-scripts/bridge.js') ? [k] : []));
  for (const k of bridges) {
    const holdFirst = fake.injections.slice(0, k).some((i) => i.tabId === fake.injections[k]!.tabId && i.files[0] === '/hold.js' && i.world === 'MAIN');
    expect(holdFirst).toBe(true);
  }
  return bridges.map((k) => fake.injections[k]!.tabId).sort();
};

beforeEach(() => {
  fake = installFakeScripting();
  // The browser filters tabs by match pattern; the fake compares URLs as text.
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async (query: Browser.tabs.QueryInfo) => {
    const patterns = ([] as string[]).concat(query.url ?? []);
    return [SLACK_TAB, NEWS_TAB, MATTERMOST_TAB].filter((tab) => patterns.some((p) => originMatchesPattern(new URL(tab.url).origin, p))) as Browser.tabs.Tab[];
  });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('syncContentScripts', () => {
  test('focus starts: the bridge is registered and injected into the open covered tabs, once; it goes when focus ends', async () => {
    await syncContentScripts(true, settings());
    expect(fake.registered.get(FOCUS_BRIDGE_ID)?.matches).toEqual(expect.arrayContaining(['https://app.slack.com/*', mattermost.pattern]));
    expect(injectedTabs()).toEqual([1, 3]);
    expect(fake.registered.get(HOLD_SCRIPT_ID)).toMatchObject({ js: ['/hold.js'], world: 'MAIN', runAt: 'document_start', allFrames: true });
    expect(fake.registered.get(FOCUS_BRIDGE_ID)).toMatchObject({ runAt: 'document_idle', allFrames: true });
    // Each minute's sync during the block: nothing more.
    await syncContentScripts(true, settings());
    expect(injectedTabs()).toEqual([1, 3]);
    await syncContentScripts(false, settings());
    expect([...fake.registered.keys()]).toEqual(['hook-mm']);
  });

  test('an update, a reload or a browser restart mid-block (storage.session emptied): the open tabs get the bridge again', async () => {
    await syncContentScripts(true, settings());
    await fakeBrowser.storage.session.clear();
    await syncContentScripts(true, settings());
    expect(injectedTabs()).toEqual([1, 1, 3, 3]);
  });

  test('a second block in the same session injects again', async () => {
    await syncContentScripts(true, settings());
    await syncContentScripts(false, settings());
    await syncContentScripts(true, settings());
    expect(injectedTabs()).toEqual([1, 1, 3, 3]);
  });

  test('a self-hosted app whose hook cannot be registered does not cost another app its hook', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const scripting = fakeBrowser.scripting as unknown as { registerContentScripts: (s: { id: string }[]) => Promise<void> };
    const register = scripting.registerContentScripts;
    scripting.registerContentScripts = async (scripts) => {
      if (scripts.some((s) => s.id === 'hook-mm')) throw new Error('Invalid match pattern');
      return register(scripts);
    };
    await syncContentScripts(false, settings([mattermost, { id: 'zz', name: 'Zulip', pattern: 'https://zulip.example.com/*' }]));
    expect([...fake.registered.keys()]).toEqual(['hook-zz']);
    expect(logged).toHaveBeenCalledWith('Heads Down: could not register the hook for https://chat.example.com/*', expect.any(Error));
    logged.mockRestore();
  });

  test('a pattern the browser refuses in the bridge leaves the presets their bridge, and their tabs get it', async () => {
    const scripting = fakeBrowser.scripting as unknown as { registerContentScripts: (s: { id: string; matches?: string[] }[]) => Promise<void> };
    const register = scripting.registerContentScripts;
    scripting.registerContentScripts = async (scripts) => {
      if (scripts.some((s) => s.matches?.includes(mattermost.pattern) && s.id === FOCUS_BRIDGE_ID)) throw new Error('Invalid match pattern');
      return register(scripts);
    };
    await syncContentScripts(true, settings());
    expect(fake.registered.get(FOCUS_BRIDGE_ID)?.matches).toContain('https://app.slack.com/*');
    expect(fake.registered.get(FOCUS_BRIDGE_ID)?.matches).not.toContain(mattermost.pattern);
    expect(injectedTabs()).toEqual([1, 3]);
    expect(fake.registered.has('hook-mm')).toBe(true);
  });

  test('a tab that never answers (frozen) does not hold up the sync', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    (fakeBrowser.scripting as unknown as Record<string, unknown>).executeScript = () => new Promise(() => {});
    let done = false;
    const sync = syncContentScripts(true, settings()).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(1_999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await sync;
    expect(done).toBe(true);
  });
});
