import { useEffect, useSyncExternalStore } from 'react';
import { db } from '@/lib/db/app-db';
import { getIcon } from '@/lib/db/icons-repo';

// Icons never change under a key (the key is their content's hash), so one read per key serves
// every row and every later render of this page.
const loaded = new Map<string, string | null>();
const loading = new Set<string>();
const listeners = new Set<() => void>();

function loadIcon(key: string): void {
  if (loaded.has(key) || loading.has(key)) return;
  loading.add(key);
  void getIcon(db, key)
    .catch(() => undefined)
    .then((data) => {
      loaded.set(key, data ?? null);
      loading.delete(key);
      for (const listener of listeners) listener();
    });
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

/** A held item's own icon, read from the icon table when its row is shown; `undefined` until then, or if none. */
export function useIcon(key: string | undefined): string | undefined {
  const data = useSyncExternalStore(subscribe, () => (key ? loaded.get(key) : undefined));
  useEffect(() => {
    if (key) loadIcon(key);
  }, [key]);
  return data ?? undefined;
}
