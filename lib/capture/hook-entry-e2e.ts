import { installNotificationHook } from './notification-hook';

// The e2e build's hook (`wxt build --mode e2e` only; lib/build/bundle-hook.ts): the same hook, over
// a native Notification that also tells the page when the browser is asked to show one
// (`headsdown:native`, with the title). Tests read that as "shown natively": the page's own
// objects cannot say it, since a held one behaves like a shown one (show, then close).
const Native = window.Notification;
if (Native) {
  const announce = (title: unknown) => dispatchEvent(new CustomEvent('headsdown:native', { detail: String(title) }));
  class Recorded extends Native {
    constructor(title: string, _options?: NotificationOptions) {
      // eslint-disable-next-line prefer-rest-params
      super(...(arguments as unknown as [string, NotificationOptions?]));
      announce(title);
    }
  }
  // The statics stay the browser's own (permission is a live getter).
  for (const key of ['permission', 'requestPermission', 'maxActions']) {
    const descriptor = Object.getOwnPropertyDescriptor(Native, key);
    if (descriptor) Object.defineProperty(Recorded, key, descriptor);
  }
  Object.defineProperty(window, 'Notification', { value: Recorded, writable: true, configurable: true });
  const proto = window.ServiceWorkerRegistration?.prototype;
  const show = proto?.showNotification;
  if (proto && show) {
    proto.showNotification = function (this: ServiceWorkerRegistration, title: string, _options?: NotificationOptions) {
      // eslint-disable-next-line prefer-rest-params
      const shown = show.apply(this, arguments as unknown as [string, NotificationOptions?]);
      announce(title);
      return shown;
    };
  }
}
installNotificationHook(window);
