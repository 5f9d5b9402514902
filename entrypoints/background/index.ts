import { browser } from 'wxt/browser';
import { ALARM } from '@/lib/alarms/alarm-plan';
import { systemClock } from '@/lib/clock';
import { db } from '@/lib/db/app-db';
import { onMessage } from '@/lib/messaging/protocol';
import { isSettingsChange, splitLegacySettings } from '@/lib/settings/store';
import { handleCaptures } from './capture';
import { forgetCachedSettings } from './focus-context';
import { ASK_LATER_MENU, createAskLaterMenu, openAskLater } from './ask-later';
import { deleteEverything, pruneByRetention } from './data-care';
import { addCustomSite, forgetRevokedSites, removeCustomSite } from './custom-sites';
import { offerWelcome } from './first-run';
import { E2E_HALT_AFTER_SHOW_KEY, E2E_SHOWN_KEY, onNotificationClicked } from './digest-notification';
import { endFocus, extendFocus, isExtensionPage, runCommand, startFocus } from './focus-commands';
import { runDue, syncFocus, tickBadge } from './focus-sync';
import { handleMarkHandled, handleRestoreHandled, handleSnooze } from './held-actions';
import { openHeld } from './open-held';
import { registerCoveredTab } from './quiet-tabs';
import { actOnMessage, answerQuestion, dropQuestion, queueQuestion, sendQuestionNow, updateQuestion } from './question-actions';
import { offerReviewIfDue, onReviewNotificationClicked } from './review-prompt';
import { seedSync } from './settings-sync';
import { importSettings, saveSettings, takeFromSync } from './settings-writer';
import { addWebhook, removeWebhook } from './webhooks';

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
  onMessage('restoreHandled', ({ data, sender }) => (isExtensionPage(sender) ? handleRestoreHandled(data, clock) : { ok: false }));
  onMessage('snoozeHeld', ({ data, sender }) => (isExtensionPage(sender) ? handleSnooze(data, clock) : { ok: false }));
  onMessage('saveSettings', ({ data, sender }) => (isExtensionPage(sender) ? saveSettings(data, clock) : refused));
  onMessage('importSettings', ({ data, sender }) => (isExtensionPage(sender) ? importSettings(data, clock) : refused));
  onMessage('deleteEverything', ({ sender }) => (isExtensionPage(sender) ? deleteEverything().then(sync).then(() => ({ ok: true })) : { ok: false }));
  onMessage('addCustomSite', ({ data, sender }) => (isExtensionPage(sender) ? addCustomSite(data, clock) : refused));
  onMessage('removeCustomSite', ({ data, sender }) => (isExtensionPage(sender) ? removeCustomSite(data, clock) : refused));
  onMessage('addWebhook', ({ data, sender }) => (isExtensionPage(sender) ? addWebhook(data, clock) : refused));
  onMessage('removeWebhook', ({ data, sender }) => (isExtensionPage(sender) ? removeWebhook(data, clock) : refused));
  const noQuestion = { ok: false as const, errors: { form: 'Not allowed from this page.' } };
  onMessage('queueQuestion', ({ data, sender }) => (isExtensionPage(sender) ? queueQuestion(data, clock) : noQuestion));
  onMessage('updateQuestion', ({ data, sender }) => (isExtensionPage(sender) ? updateQuestion(data, clock) : noQuestion));
  onMessage('dropQuestion', ({ data, sender }) => (isExtensionPage(sender) ? dropQuestion(data, clock) : { ok: false }));
  onMessage('sendQuestionNow', ({ data, sender }) => (isExtensionPage(sender) ? sendQuestionNow(data, clock) : { ok: false }));
  onMessage('answerQuestion', ({ data, sender }) => (isExtensionPage(sender) ? answerQuestion(data, clock) : { ok: false }));
  onMessage('outboxAction', ({ data, sender }) => (isExtensionPage(sender) ? actOnMessage(data, clock) : { ok: false }));

  // One small handler per alarm (lib/alarms/alarm-plan.ts says which does what).
  const onAlarm: Record<string, () => Promise<unknown>> = {
    [ALARM.focusEnd]: sync,
    [ALARM.focusStart]: sync,
    [ALARM.holdChange]: sync,
    [ALARM.resync]: sync,
    [ALARM.release]: () => runDue(clock),
    [ALARM.outbox]: () => runDue(clock),
    [ALARM.badgeTick]: () => tickBadge(clock),
    [ALARM.prune]: () => pruneByRetention(clock).finally(() => offerReviewIfDue(clock)),
  };
  browser.alarms.onAlarm.addListener((alarm) => void onAlarm[alarm.name]?.());
  browser.commands.onCommand.addListener((command) => void runCommand(command, clock));
  browser.notifications.onClicked.addListener((id) => void onNotificationClicked(id).then(() => onReviewNotificationClicked(id)));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && isSettingsChange(changes)) {
      forgetCachedSettings();
      void sync();
    }
    // Another of the user's browsers saved settings: taken in through the same rules as a save.
    if (area === 'sync' && isSettingsChange(changes)) void takeFromSync(clock);
  });
  browser.permissions.onRemoved.addListener((removed) => void forgetRevokedSites(removed.origins ?? [], clock));
  // A preset's site allowed again (the popup's Allow, or about:addons): its scripts are placed anew.
  browser.permissions.onAdded.addListener(() => void sync());
  browser.contextMenus.onClicked.addListener((info, tab) => void openAskLater(info, tab));
  const settleSettings = () => splitLegacySettings().then(() => takeFromSync(clock)).then(seedSync).catch(() => undefined);
  browser.runtime.onStartup.addListener(() => void createAskLaterMenu().then(settleSettings).then(sync));
  browser.runtime.onInstalled.addListener(
    ({ reason }) => void createAskLaterMenu().then(settleSettings).then(sync).then(() => offerWelcome(reason, clock().getTime())),
  );

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
        // A full disk cannot be made on demand: the test makes every new held row fail as a
        // full IndexedDB does, and the real capture path handles it.
        fillStorage: () =>
          void db.held.hook('creating', () => {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          }),
        // Headless Chromium cannot right-click: the test calls what the menu's click calls.
        askLater: (info: { selectionText?: string; pageUrl?: string }, tab: { title?: string; url?: string }) =>
          openAskLater({ menuItemId: ASK_LATER_MENU, editable: false, ...info }, tab as never),
      },
    });
  }

  void settleSettings().then(sync);
});
