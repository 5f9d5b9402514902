import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { FOCUS_FLAG_KEY, type FocusFlag } from '@/lib/messaging/focus-flag';
import { POPUP_SETTINGS_KEYS, readPopupSettings, type PopupSettings } from '@/lib/settings/popup-view';
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

/** The lockdown and status settings, live, read tolerantly (no schema: the popup stays small). */
export function usePopupSettings(): PopupSettings {
  const [record, setRecord] = useState<Record<string, unknown>>({});
  useEffect(() => {
    let live = true;
    const read = () => void browser.storage.local.get(POPUP_SETTINGS_KEYS).then((stored) => live && setRecord(stored));
    read();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && POPUP_SETTINGS_KEYS.some((key) => key in changes)) read();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return readPopupSettings(record);
}
