import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

/** A storage.local value the background writes, kept live on the page; undefined until read or when absent. */
export function useStoredValue<T>(key: string): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    const read = () => void browser.storage.local.get(key).then((r) => setValue(r[key] as T | undefined));
    read();
    const onChanged = (changes: Record<string, unknown>, area: string) => area === 'local' && key in changes && read();
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [key]);
  return value;
}
