import { useStoredValue } from './use-stored-value';
import { describeStorageTrouble, STORAGE_TROUBLE_KEY, type StorageTrouble } from '@/lib/data/storage-trouble';

/** Says so when notifications could not be stored, or storage is nearly full; live. */
export function StorageWarning() {
  const trouble = useStoredValue<StorageTrouble>(STORAGE_TROUBLE_KEY);
  const text = describeStorageTrouble(trouble);
  return text ? (
    <p className="error storage-warning" role="alert">
      {text}
    </p>
  ) : null;
}
