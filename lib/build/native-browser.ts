import type { browser as Browser } from 'wxt/browser';

/**
 * `wxt/browser` for the relay's build only (wxt.config.ts): the browser's own extension API,
 * without the webextension-polyfill the rest of the project uses. The relay is placed in every
 * covered frame that loads during focus, and the polyfill was over half of its script. Manifest
 * V3 gives promises without it (Firefox's `browser`, Chromium's `chrome`) for all the relay and
 * WXT's content-script context call: storage.local.get, storage.onChanged, runtime.id.
 */
const native = globalThis as unknown as { browser?: typeof Browser; chrome: typeof Browser };
export const browser = native.browser ?? native.chrome;
