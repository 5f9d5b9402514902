import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { syncFocus } from '@/entrypoints/background/focus-sync';
import { db } from '@/lib/db/app-db';
import { startManualSession } from '@/lib/db/sessions-repo';
import { FOCUS_BRIDGE_ID, HOLD_SCRIPT_ID } from '@/lib/sites/script-plan';
import { installFakeScripting } from '../../support/fake-scripting';

const NOW = new Date('2026-11-23T10:00:00-05:00');
const clock = () => NOW;
let fake: ReturnType<typeof installFakeScripting>;

beforeEach(async () => {
  fake = installFakeScripting();
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('syncFocus', () => {
  test('the bridge is in place before the flag says focus; at the end it goes, then the flag says so', async () => {
    const seen: { holding: boolean; bridge: boolean }[] = [];
    fakeBrowser.storage.onChanged.addListener((changes) => {
      const flag = changes.focusFlag?.newValue as { until: number | null } | undefined;
      if (flag) seen.push({ holding: flag.until !== null, bridge: fake.registered.has(FOCUS_BRIDGE_ID) });
    });
    await startManualSession(db, NOW, { minutes: 50 });
    await syncFocus(clock);
    await db.sessions.clear();
    await syncFocus(clock);
    expect(seen).toEqual([
      { holding: true, bridge: true },
      // Either order would do at the end: a page with the bridge and the flag "off" passes
      // everything through, and a page loading without the bridge is native.
      { holding: false, bridge: false },
    ]);
  });

  test('syncs that come together run one at a time: the bridge is registered once, without errors', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    // A browser that takes its time to answer: syncs not kept apart would all read "nothing
    // registered" and then all register the same script.
    const scripting = fakeBrowser.scripting as unknown as { getRegisteredContentScripts: () => Promise<unknown[]> };
    const read = scripting.getRegisteredContentScripts;
    scripting.getRegisteredContentScripts = async () => {
      const answer = await read();
      await new Promise((resolve) => setTimeout(resolve, 20));
      return answer;
    };
    await startManualSession(db, NOW, { minutes: 50 });
    const statuses = await Promise.all([syncFocus(clock), syncFocus(clock), syncFocus(clock)]);
    expect(statuses.map((s) => s.on)).toEqual([true, true, true]);
    expect(errors).not.toHaveBeenCalled();
    expect([...fake.registered.keys()].sort()).toEqual([FOCUS_BRIDGE_ID, HOLD_SCRIPT_ID]);
    errors.mockRestore();
  });
});
