import { installNotificationHook } from './notification-hook';

// The MAIN-world hook's whole script: bundled on its own by lib/build/bundle-hook.ts, with no
// framework wrapper, because it runs in every frame of every covered page before the page does.
installNotificationHook(window);
