/**
 * The key a page's notification icon is stored under (lib/db/icons-repo.ts): the same icon sent
 * by a thousand notifications is stored once, and a held row carries only this short key, so
 * listing a month of held rows does not read a month of inline images.
 *
 * Synchronous on purpose: it runs inside a Dexie transaction (capture, the schema upgrade), where
 * awaiting anything else (crypto.subtle) would let IndexedDB commit the transaction early. Two
 * independent 32-bit mixes and the length make a collision between two real icons vanishingly
 * unlikely (about 1 in 10^11 among 10,000 icons), and its worst outcome is a wrong picture.
 */
export function iconKeyOf(icon: string): string {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  for (let i = 0; i < icon.length; i++) {
    const c = icon.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return `i${icon.length.toString(36)}-${(a >>> 0).toString(36)}-${(b >>> 0).toString(36)}`;
}
