import { browser } from 'wxt/browser';
import { isSettingsChange } from '@/lib/settings/store';

/**
 * Calls `read` now and whenever stored settings change (the background saved, another page or
 * machine did); returns the unsubscribe for an effect's cleanup. One place decides which storage
 * changes are settings, so every page follows the same ones.
 */
export function watchSettings(read: () => void): () => void {
  read();
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && isSettingsChange(changes)) read();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
