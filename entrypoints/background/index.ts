import { browser } from 'wxt/browser';
import { ALARM } from '@/lib/alarms/alarm-plan';
import { systemClock } from '@/lib/clock';
import { onMessage } from '@/lib/messaging/protocol';
import { isSettingsChange, splitLegacySettings } from '@/lib/settings/store';
import { handleCaptures } from './capture';
import { addCustomSite, forgetRevokedSites, removeCustomSite } from './custom-sites';
import { E2E_HALT_AFTER_SHOW_KEY, E2E_SHOWN_KEY, onNotificationClicked } from './digest-notification';
import { endFocus, extendFocus, isExtensionPage, runCommand, startFocus } from './focus-commands';
import { releaseDue, syncFocus, tickBadge } from './focus-sync';
import { handleMarkHandled } from './held-actions';
import { openHeld } from './open-held';
import { registerCoveredTab } from './quiet-tabs';
import { saveSettings } from './settings-writer';

// Wiring only. Every listener is registered synchronously when the worker starts, because the
// browser may start it just to deliver one event; all state is re-derived from storage each time.
export default defineBackground(() => {
  const clock = systemClock;
  const sync = () => syncFocus(clock);
  const notAllowed = { ok: false as const, error: 'Not allowed from this page.' };
  const refused = { ok: false as const, errors: {}, message: 'Not allowed from this page.' };

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
  onMessage('markHandled', ({ data, sender }) => (isExtensionPage(sender) ? handleMarkHandled(data, clock) : { ok: false }));
  onMessage('saveSettings', ({ data, sender }) => (isExtensionPage(sender) ? saveSettings(data, clock) : refused));
  onMessage('addCustomSite', ({ data, sender }) => (isExtensionPage(sender) ? addCustomSite(data, clock) : refused));
  onMessage('removeCustomSite', ({ data, sender }) => (isExtensionPage(sender) ? removeCustomSite(data, clock) : refused));

  // One small handler per alarm (lib/alarms/alarm-plan.ts says which does what).
  const onAlarm: Record<string, () => Promise<unknown>> = {
    [ALARM.focusEnd]: sync,
    [ALARM.focusStart]: sync,
    [ALARM.holdChange]: sync,
    [ALARM.resync]: sync,
    [ALARM.release]: () => releaseDue(clock),
    [ALARM.badgeTick]: () => tickBadge(clock),
  };
  browser.alarms.onAlarm.addListener((alarm) => void onAlarm[alarm.name]?.());
  browser.commands.onCommand.addListener((command) => void runCommand(command, clock));
  browser.notifications.onClicked.addListener((id) => void onNotificationClicked(id));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && isSettingsChange(changes)) void sync();
  });
  browser.permissions.onRemoved.addListener((removed) => void forgetRevokedSites(removed.origins ?? [], clock));
  browser.runtime.onStartup.addListener(() => void sync());
  browser.runtime.onInstalled.addListener(() => void splitLegacySettings().then(sync));

  if (import.meta.env.MODE === 'e2e') {
    // Headless Chromium has no notification centre to click on, and blocks of a few seconds
    // cannot be typed: the e2e tests call the very functions the listeners above call.
    Object.assign(globalThis, {
      headsDownE2E: {
        clickNotification: onNotificationClicked,
        startFocusUntil: (until: number) => startFocus({ until }, clock),
        runCommand: (command: string) => runCommand(command, clock),
        shownSummaries: async () => (await browser.storage.session.get(E2E_SHOWN_KEY))[E2E_SHOWN_KEY] ?? [],
        haltAfterNextShow: () => browser.storage.session.set({ [E2E_HALT_AFTER_SHOW_KEY]: true }),
      },
    });
  }

  void splitLegacySettings().then(sync);
});
