import { browser } from 'wxt/browser';
import { systemClock } from '@/lib/clock';
import { onMessage } from '@/lib/messaging/protocol';
import { handleCaptures } from './capture';
import { forgetRevokedSites } from './custom-sites';
import { e2eShownSummaries, onNotificationClicked } from './digest-notification';
import { endFocus, extendFocus, isExtensionPage, runCommand, startFocus } from './focus-commands';
import { SYNC_ALARMS, syncFocus } from './focus-sync';
import { openHeld } from './open-held';
import { registerCoveredTab } from './quiet-tabs';

// Wiring only. Every listener is registered synchronously when the worker starts, because the
// browser may start it just to deliver one event; all state is re-derived from storage each time.
export default defineBackground(() => {
  const clock = systemClock;
  const sync = () => syncFocus(clock);
  const notAllowed = { ok: false as const, error: 'Not allowed from this page.' };

  onMessage('startFocus', ({ data, sender }) => (isExtensionPage(sender) ? startFocus(data ?? {}, clock) : notAllowed));
  onMessage('endFocus', ({ data, sender }) => (isExtensionPage(sender) ? endFocus(data?.reason, clock) : notAllowed));
  onMessage('extendFocus', ({ data, sender }) => (isExtensionPage(sender) ? extendFocus(data?.minutes, clock) : notAllowed));
  onMessage('captureNotifications', ({ data, sender }) => handleCaptures(data, sender, clock));
  // Every covered page load sends this, so it stays cheap: a tab that opens during focus is muted
  // at once, and nothing else is re-derived.
  onMessage('registerTab', ({ sender }) => registerCoveredTab(sender, clock));
  onMessage('openHeld', ({ data, sender }) =>
    isExtensionPage(sender) && Number.isInteger(data?.id) ? openHeld(data.id, clock) : { opened: 'nothing' as const },
  );

  browser.alarms.onAlarm.addListener((alarm) => {
    if (SYNC_ALARMS.includes(alarm.name)) void sync();
  });
  browser.commands.onCommand.addListener((command) => void runCommand(command, clock));
  browser.notifications.onClicked.addListener((id) => void onNotificationClicked(id));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && 'settings' in changes) void sync();
  });
  browser.permissions.onRemoved.addListener((removed) => void forgetRevokedSites(removed.origins ?? []));
  browser.runtime.onStartup.addListener(() => void sync());
  browser.runtime.onInstalled.addListener(() => void sync());

  if (import.meta.env.MODE === 'e2e') {
    // Headless Chromium has no notification centre to click on, and blocks of a few seconds
    // cannot be typed: the e2e tests call the very functions the listeners above call.
    Object.assign(globalThis, {
      headsDownE2E: {
        clickNotification: onNotificationClicked,
        startFocusUntil: (until: number) => startFocus({ until }, clock),
        runCommand: (command: string) => runCommand(command, clock),
        shownSummaries: e2eShownSummaries,
      },
    });
  }

  void sync();
});
