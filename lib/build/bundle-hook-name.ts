/** The hook's file in the built extension (see bundle-hook.ts); the background registers it too. */
export const HOOK_SCRIPT = 'hook.js';

/**
 * The hold script (lib/capture/hold-hub.ts): in the page's world only while notifications are
 * held, registered at document_start and injected into open pages by the background.
 */
export const HOLD_SCRIPT = 'hold.js';
