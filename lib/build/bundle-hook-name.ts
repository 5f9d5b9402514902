/** The hook's file in the built extension (see bundle-hook.ts); the background registers it too. */
export const HOOK_SCRIPT = 'hook.js';
