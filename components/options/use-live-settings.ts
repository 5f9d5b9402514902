import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import { isSettingsChange, loadStoredSettings } from '@/lib/settings/store';
import { useOptions } from './settings-store';

/** Keeps the options store in step with what is stored, from the first read on. */
export function useLiveSettings(): void {
  const receive = useOptions((s) => s.receive);
  useEffect(() => {
    let live = true;
    const read = () => void loadStoredSettings().then((stored) => live && receive(stored));
    read();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && isSettingsChange(changes)) read();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [receive]);
}
