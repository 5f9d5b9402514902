import { defineExtensionMessaging } from '@webext-core/messaging';

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
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
