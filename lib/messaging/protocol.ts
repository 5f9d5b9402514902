import { defineExtensionMessaging } from '@webext-core/messaging';

/** A plain, serialisable view of the focus state for UIs. */
export interface FocusStatus {
  on: boolean;
  /** Epoch ms. */
  until: number | null;
}

/**
 * The one typed protocol between the extension's contexts. Messages from content scripts carry
 * `unknown` data on purpose: the page may forge them, so the background validates every field.
 */
export interface ProtocolMap {
  /** popup → background: a manual block; without an end, the default length from the settings. */
  startFocus(data: { minutes?: number; until?: number }): FocusStatus;
  /** popup → background */
  endFocus(): FocusStatus;
  /** bridge → background: a page tried to notify during focus. `held: false` means show it now. */
  captureNotification(data: unknown): { held: boolean };
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
