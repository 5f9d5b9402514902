import type { AppDB } from './app-db';
import { iconKeyOf } from '../capture/icon-key';

/** A page's own notification icon, stored once however many rows use it (see icon-key.ts). */
export interface StoredIcon {
  key: string;
  data: string;
}

/** Stores an icon (once) and returns its key for the row. Call inside the row's transaction. */
export async function storeIcon(db: AppDB, icon: string): Promise<string> {
  const key = iconKeyOf(icon);
  await db.icons.put({ key, data: icon });
  return key;
}

export async function getIcon(db: AppDB, key: string): Promise<string | undefined> {
  return (await db.icons.get(key))?.data;
}

/**
 * Icons no row uses any more (their rows were pruned), deleted. Reads keys only, through the
 * rows' sparse iconKey index, never the rows themselves.
 */
export async function pruneUnusedIcons(db: AppDB): Promise<number> {
  return db.transaction('rw', db.held, db.icons, async () => {
    const used = new Set(await db.held.orderBy('iconKey').uniqueKeys());
    const unused = (await db.icons.toCollection().primaryKeys()).filter((key) => !used.has(key));
    await db.icons.bulkDelete(unused);
    return unused.length;
  });
}
