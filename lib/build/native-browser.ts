import type { browser as Browser } from 'wxt/browser';

/**
 * `wxt/browser` for the relay's build only (wxt.config.ts): the browser's own extension API,
 * without the webextension-polyfill the rest of the project uses. The relay is placed in every
 * covered frame that loads during focus, and the polyfill was over half of its script. Manifest
 * V3 gives promises without it (Firefox's `browser`, Chromium's `chrome`) for all the relay and
 * WXT's content-script context call: storage.local.get, storage.onChanged, runtime.id.
 */
const native = globalThis as unknown as { browser?: typeof Browser; chrome: typeof Browser };
// Not merely `browser ?? chrome`: in Chromium's isolated world an element of the page with the
// id or name "browser" is `window.browser`. Only the real API has a runtime id (WXT's own test).
export const browser = native.browser?.runtime?.id ? native.browser : native.chrome;
