import { DEFAULT_STATUS_TEMPLATE } from '../focus/status-message';
import { sectionKey } from './section';

/** The few settings the popup needs before it can act, read without the full schema (and zod). */
export interface PopupSettings {
  lockdown: { enabled: boolean; delaySeconds: number };
  statusTemplate: string;
}

export const POPUP_SETTINGS_KEYS = [sectionKey('lockdown'), sectionKey('status')];

const valueOf = (stored: unknown) => ((stored ?? {}) as { value?: unknown }).value;

/** Tolerant of anything stored: what is missing or malformed reads as the default. */
export function readPopupSettings(record: Record<string, unknown>): PopupSettings {
  const lockdown = (valueOf(record[sectionKey('lockdown')]) ?? {}) as { enabled?: unknown; delaySeconds?: unknown };
  const template = ((valueOf(record[sectionKey('status')]) ?? {}) as { template?: unknown }).template;
  const delay = lockdown.delaySeconds;
  return {
    lockdown: {
      enabled: lockdown.enabled === true,
      delaySeconds: typeof delay === 'number' && Number.isFinite(delay) && delay >= 0 ? Math.min(delay, 600) : 0,
    },
    statusTemplate: typeof template === 'string' && template.trim() ? template : DEFAULT_STATUS_TEMPLATE,
  };
}
