import { browser } from 'wxt/browser';
import { systemClock } from '@/lib/clock';
import { db } from '@/lib/db/app-db';
import { endRunningSessions, startManualSession } from '@/lib/db/sessions-repo';
import type { ManualEnd } from '@/lib/focus/session';
import { onMessage } from '@/lib/messaging/protocol';
import { loadSettings } from '@/lib/settings/store';
import { handleCapture } from './capture';
import { e2eShownSummaries, onNotificationClicked } from './digest-notification';
import { BADGE_TICK_ALARM, FOCUS_END_ALARM, syncFocus } from './focus-sync';

// Wiring only. Every listener is registered synchronously when the worker starts, because the
// browser may start it just to deliver one event; all state is re-derived from storage each time.
export default defineBackground(() => {
  const clock = systemClock;
  const sync = () => syncFocus(clock);

  const startFocus = async (end: ManualEnd) => {
    await startManualSession(db, clock(), end);
    return sync();
  };

  onMessage('startFocus', async ({ data }) => {
    if (typeof data.until === 'number') return startFocus({ until: data.until });
    return startFocus({ minutes: data.minutes ?? (await loadSettings()).focus.defaultMinutes });
  });

  onMessage('endFocus', async () => {
    await endRunningSessions(db, clock());
    return sync();
  });

  onMessage('captureNotification', ({ data, sender }) => handleCapture(data, sender, clock));

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === FOCUS_END_ALARM || alarm.name === BADGE_TICK_ALARM) void sync();
  });
  browser.notifications.onClicked.addListener((id) => void onNotificationClicked(id));
  browser.runtime.onStartup.addListener(() => void sync());
  browser.runtime.onInstalled.addListener(() => void sync());

  if (import.meta.env.MODE === 'e2e') {
    // Headless Chromium has no notification centre to click on; the e2e tests call the very
    // listener registered above instead.
    // Short blocks are started the same way, with an end a few seconds away.
    Object.assign(globalThis, {
      headsDownE2E: {
        clickNotification: onNotificationClicked,
        startFocusUntil: (until: number) => startFocus({ until }),
        shownSummaries: e2eShownSummaries,
      },
    });
  }

  void sync();
});
