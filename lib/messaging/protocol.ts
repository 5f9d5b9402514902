import { defineExtensionMessaging } from '@webext-core/messaging';
import type { SettingsChange } from '../settings/plan-change';
import type { FieldErrors } from '../settings/validate';
import type { QuestionRequest } from '../queue/validate-question';

export type OutboxAction = 'retry' | 'send' | 'drop' | 'markSent' | 'reschedule' | 'edit';

/** A plain, serialisable view of the focus state for UIs. */
export interface FocusStatus {
  on: boolean;
  /** Epoch ms. */
  until: number | null;
}

/** A request the user made: it happened, or here is why not, in words for the user. */
export type FocusResult = { ok: true; status: FocusStatus } | { ok: false; error: string };

/** How a manual block is asked for: a length, an end time, or up to the next scheduled break. */
export type StartFocusRequest = { minutes?: number } | { until: number } | { untilNextBreak: true };

/** A settings change: saved whole, or refused with each problem at its field and a sentence. */
export type SaveSettingsResult = { ok: true } | { ok: false; errors: FieldErrors; message: string };

/** A question queued or edited, or each problem at its field ("text", "neededBy", "parts.options"). */
export type QuestionResult = { ok: true; id: number } | { ok: false; errors: Record<string, string> };

/**
 * The one typed protocol between the extension's contexts. Messages from content scripts carry
 * `unknown` data on purpose: the page may forge them, so the background validates every field.
 */
export interface ProtocolMap {
  /** popup → background; without a length, the default length from the settings. */
  startFocus(data: StartFocusRequest): FocusResult;
  /** popup → background; `reason` is required while lockdown is on. */
  endFocus(data: { reason?: string }): FocusResult;
  /** popup → background */
  extendFocus(data: { minutes: number }): FocusResult;
  /**
   * bridge → background: notifications a frame tried to show, in arrival order (several at once
   * when a page notifies faster than the background answers). `held[i]: false` means show it now.
   */
  captureNotifications(data: unknown): { held: boolean[] };
  /** bridge (top frame) → background: this tab holds a covered app, to mute during focus. */
  registerTab(): void;
  /** background → bridge: fire the page's click handlers on a held notification. */
  clickHeld(data: { id: string }): { found: boolean; origin: string };
  /** digest → background: open a held notification in its app, at its conversation. */
  openHeld(data: { id: number }): { opened: 'conversation' | 'tab' | 'url' | 'nothing' };
  /** digest → background: these held items are handled (the background is their only writer). */
  markHandled(data: { ids: number[] }): { ok: boolean };
  /** digest → background: Undo of Mark handled; the items wait again. */
  restoreHandled(data: { ids: number[] }): { ok: boolean };
  /** digest → background: out of the list until `until` (epoch ms), then into the next digest. */
  snoozeHeld(data: { ids: number[]; until: number }): { ok: boolean; error?: string };
  /** options → background: save one settings section (the background is the only writer). */
  saveSettings(data: SettingsChange): SaveSettingsResult;
  /** A whole exported file's text: read and checked whole, stored all at once or not at all. */
  importSettings(data: { text: string }): SaveSettingsResult;
  /** The database, storage, alarms and registered scripts, cleared. */
  deleteEverything(): { ok: boolean };
  /** options → background: add a self-hosted app whose host the user just granted. */
  addCustomSite(data: { address: string; name: string }): SaveSettingsResult;
  /** options → background: remove a self-hosted app. */
  removeCustomSite(data: { id: string }): SaveSettingsResult;
  /** options → background: add a webhook whose host the user just granted. */
  addWebhook(data: { name: string; url: string; kind?: string }): SaveSettingsResult;
  removeWebhook(data: { id: string }): SaveSettingsResult;
  /** composer → background: queue a question as typed (the background reads its times). */
  queueQuestion(data: QuestionRequest): QuestionResult;
  updateQuestion(data: QuestionRequest & { id: number }): QuestionResult;
  dropQuestion(data: { id: number }): { ok: boolean };
  /** Send now, even during focus. */
  sendQuestionNow(data: { id: number }): { ok: boolean };
  answerQuestion(data: { id: number }): { ok: boolean };
  /** popup or digest → background: retry, send, drop, mark sent, reschedule or edit a message. */
  outboxAction(data: { id: string; action: OutboxAction; text?: string; until?: string }): { ok: boolean; error?: string };
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
