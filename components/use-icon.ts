import { useEffect, useState } from 'react';
import { db } from '@/lib/db/app-db';
import { getIcon } from '@/lib/db/icons-repo';

// Icons never change under a key (the key is their content's hash), so one read per key serves
// every row and every later render of this page.
const loaded = new Map<string, string | null>();
const loading = new Map<string, Promise<string | null>>();

function loadIcon(key: string): Promise<string | null> {
  let pending = loading.get(key);
  if (!pending) {
    pending = getIcon(db, key)
      .catch(() => undefined)
      .then((data) => {
        loaded.set(key, data ?? null);
        return data ?? null;
      });
    loading.set(key, pending);
  }
  return pending;
}

/** A held item's own icon, read from the icon table when its row is shown; `undefined` until then, or if none. */
export function useIcon(key: string | undefined): string | undefined {
  const [data, setData] = useState(() => (key ? loaded.get(key) : undefined) ?? undefined);
  useEffect(() => {
    if (!key) return setData(undefined);
    if (loaded.has(key)) return setData(loaded.get(key) ?? undefined);
    let live = true;
    void loadIcon(key).then((icon) => live && setData(icon ?? undefined));
    return () => {
      live = false;
    };
  }, [key]);
  return data;
}
