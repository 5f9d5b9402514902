import { installNotificationHook } from '@/lib/capture/notification-hook';

// MAIN world, before the page's own scripts, in every frame (also about:blank and srcdoc frames of
// a covered page). `matches` is filled in from lib/sites/presets by wxt.config.ts.
export default defineContentScript({
  matches: ['https://app.slack.com/*'],
  world: 'MAIN',
  runAt: 'document_start',
  allFrames: true,
  matchOriginAsFallback: true,
  main() {
    installNotificationHook(window);
  },
});
