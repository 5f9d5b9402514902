import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { describeStorageTrouble, STORAGE_TROUBLE_KEY, type StorageTrouble } from '@/lib/data/storage-trouble';

/** Says so when notifications could not be stored, or storage is nearly full; live. */
export function StorageWarning() {
  const [trouble, setTrouble] = useState<StorageTrouble>();
  useEffect(() => {
    const read = () => void browser.storage.local.get(STORAGE_TROUBLE_KEY).then((r) => setTrouble(r[STORAGE_TROUBLE_KEY] as StorageTrouble | undefined));
    read();
    const onChanged = (changes: Record<string, unknown>, area: string) => area === 'local' && STORAGE_TROUBLE_KEY in changes && read();
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  const text = describeStorageTrouble(trouble);
  return text ? (
    <p className="error storage-warning" role="alert">
      {text}
    </p>
  ) : null;
}
