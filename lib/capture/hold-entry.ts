import { installHoldHub } from './hold-hub';

// The hold script's whole source: bundled on its own by lib/build/bundle-hook.ts, like the hook.
installHoldHub(window);
