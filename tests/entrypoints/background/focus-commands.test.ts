import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { endFocus, extendFocus, isExtensionPage, startFocus } from '@/entrypoints/background/focus-commands';
import { db } from '@/lib/db/app-db';
import type { Settings } from '@/lib/settings/settings';
import { storeSettings } from '../../support/stored-settings';

// Monday 10:00 in New York.
const NOW = new Date('2026-11-23T10:00:00-05:00');
const clock = () => NOW;
const at = (hhmm: string) => new Date(`2026-11-23T${hhmm}:00-05:00`).getTime();

async function useSettings(change: (s: Settings) => void) {
  await storeSettings(change);
}

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('startFocus', () => {
  test.each([
    { name: 'the default length from the settings', request: {}, until: at('10:50') },
    { name: 'a preset', request: { minutes: 25 }, until: at('10:25') },
    { name: 'an end time', request: { until: at('13:30') }, until: at('13:30') },
    { name: 'until the next break, with no schedule: the end of the business day', request: { untilNextBreak: true as const }, until: at('17:00') },
  ])('$name', async ({ request, until }) => {
    expect(await startFocus(request, clock)).toEqual({ ok: true, status: { on: true, until } });
  });

  test('until the next break follows the schedule', async () => {
    await useSettings((s) => void (s.schedule.enabled = true));
    // 10:00 is inside the 09:00–13:00 block already: focus is on until it ends.
    expect(await startFocus({ untilNextBreak: true }, clock)).toEqual({ ok: true, status: { on: true, until: at('13:00') } });
  });

  test.each([
    { name: 'an end time in the past', request: { until: at('09:00') }, error: 'A focus block must end in the future.' },
    { name: 'zero minutes', request: { minutes: 0 }, error: 'A focus block lasts 1 to 720 minutes.' },
  ])('refuses $name with a message, and starts nothing', async ({ request, error }) => {
    expect(await startFocus(request, clock)).toEqual({ ok: false, error });
    expect(await db.sessions.count()).toBe(0);
  });

  test('no break ahead after the business day', async () => {
    const evening = () => new Date('2026-11-23T18:00:00-05:00');
    expect(await startFocus({ untilNextBreak: true }, evening)).toEqual({ ok: false, error: 'No scheduled break is ahead today.' });
  });

  test('publishes the state for the badge, the tooltip and the content scripts', async () => {
    await startFocus({ minutes: 25 }, clock);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('25m');
    expect(await fakeBrowser.action.getTitle({})).toBe('Heads Down — Focus until 10:25 AM');
    expect(await fakeBrowser.storage.local.get('focusFlag')).toEqual({
      focusFlag: { until: at('10:25'), next: null, holdUntil: at('10:25'), holdBecause: 'focus', hideCounts: true, nextCheck: null, waiting: 0, questions: { blocking: 0, overdue: 0, attention: 0 } },
    });
    expect((await fakeBrowser.alarms.get('focus-end'))?.scheduledTime).toBe(at('10:25'));
  });
});

describe('endFocus under lockdown', () => {
  beforeEach(async () => {
    await useSettings((s) => void (s.lockdown = { enabled: true, delaySeconds: 5, maxEarlyEndsPerDay: 1 }));
    await startFocus({}, clock);
  });

  test('without a reason it is refused and focus stays on', async () => {
    expect(await endFocus('  ', clock)).toEqual({ ok: false, error: 'Lockdown is on: say why you are ending focus early.' });
    expect((await fakeBrowser.storage.local.get('focusFlag')).focusFlag).toMatchObject({ until: at('10:50'), holdUntil: at('10:50') });
  });

  test('with a reason it ends and records why; past the daily allowance it is refused', async () => {
    expect(await endFocus('Outage', clock)).toEqual({ ok: true, status: { on: false, until: null } });
    expect(await db.sessions.toArray()).toEqual([expect.objectContaining({ endReason: 'user', endNote: 'Outage' })]);
    await startFocus({}, clock);
    expect(await endFocus('Again', clock)).toEqual({ ok: false, error: "Lockdown allows 1 early end a day, and today's is used up." });
  });
});

describe('extendFocus', () => {
  test.each([0, -15, 1.5, 121])('refuses %s minutes', async (minutes) => {
    await startFocus({}, clock);
    expect(await extendFocus(minutes, clock)).toEqual({ ok: false, error: 'Extend by 1 to 120 minutes.' });
  });

  test('adds minutes to the running block', async () => {
    await startFocus({}, clock);
    expect(await extendFocus(15, clock)).toEqual({ ok: true, status: { on: true, until: at('11:05') } });
  });
});

describe('isExtensionPage', () => {
  const id = fakeBrowser.runtime.id;
  test.each([
    { name: 'the popup', sender: { id, url: `chrome-extension://${id}/popup.html` }, allowed: true },
    { name: 'a content script in a chat tab', sender: { id, url: 'https://app.slack.com/client', tab: { id: 3 } }, allowed: false },
    { name: 'another extension', sender: { id: 'other', url: 'chrome-extension://other/popup.html' }, allowed: false },
  ])('$name: $allowed', ({ sender, allowed }) => {
    expect(isExtensionPage(sender as never)).toBe(allowed);
  });
});
