import { DEFAULT_STATUS_TEMPLATE } from '../focus/status-message';

/** The few settings the popup needs before it can act, read without the full schema (and zod). */
export interface PopupSettings {
  lockdown: { enabled: boolean; delaySeconds: number };
  statusTemplate: string;
}

/** Tolerant of anything stored: what is missing or malformed reads as the default. */
export function readPopupSettings(raw: unknown): PopupSettings {
  const s = (raw ?? {}) as { lockdown?: { enabled?: unknown; delaySeconds?: unknown }; status?: { template?: unknown } };
  const delay = s.lockdown?.delaySeconds;
  const template = s.status?.template;
  return {
    lockdown: {
      enabled: s.lockdown?.enabled === true,
      delaySeconds: typeof delay === 'number' && Number.isFinite(delay) && delay >= 0 ? Math.min(delay, 600) : 0,
    },
    statusTemplate: typeof template === 'string' && template.trim() ? template : DEFAULT_STATUS_TEMPLATE,
  };
}
