import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

/** A storage.local value, live; `undefined` until first read, `null` when nothing is stored. */
export function useStorageValue(key: string): unknown {
  const [value, setValue] = useState<unknown>(undefined);
  useEffect(() => {
    let live = true;
    void browser.storage.local.get(key).then((stored) => {
      if (live) setValue(stored[key] ?? null);
    });
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && changes[key]) setValue(changes[key].newValue ?? null);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [key]);
  return value;
}
