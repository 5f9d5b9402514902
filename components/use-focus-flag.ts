import { FOCUS_FLAG_KEY, type FocusFlag } from '@/lib/messaging/focus-flag';
import { readPopupSettings, type PopupSettings } from '@/lib/settings/popup-view';
import { useStorageValue } from './use-storage-value';

/**
 * The focus state the background published, live. The popup shows exactly what the badge and
 * tooltip show (they are written from the same state at the same moment), and it needs no
 * database to paint its first line. `undefined` until read.
 */
export function useFocusFlag(): FocusFlag | undefined {
  const value = useStorageValue(FOCUS_FLAG_KEY);
  return value === undefined ? undefined : ((value as FocusFlag | null) ?? { until: null });
}

export function usePopupSettings(): PopupSettings {
  return readPopupSettings(useStorageValue('settings'));
}
