import { stripUnreadCount } from '@/lib/capture/unread-count';

/**
 * Hides the unread count in the tab's title while `quiet` is on and puts the page's own title
 * back afterwards. Outside focus it watches nothing, so it costs a page nothing; during focus it
 * watches only <head>, where the title lives, and every title the page sets is remembered as the
 * real one and shown without its count.
 */
export function createTitleQuieter(doc: Document) {
  let quiet = false;
  let pageTitle = '';
  let observer: MutationObserver | undefined;

  const show = (title: string) => {
    if (doc.title === title) return;
    doc.title = title;
    // Our own change is not the page's: drop its record so only the page's changes count.
    observer?.takeRecords();
  };
  const watch = () => {
    if (!quiet || observer || !doc.head) return;
    pageTitle = doc.title;
    observer = new MutationObserver(() => {
      pageTitle = doc.title;
      show(stripUnreadCount(pageTitle));
    });
    observer.observe(doc.head, { subtree: true, childList: true, characterData: true });
    show(stripUnreadCount(pageTitle));
  };
  const unwatch = () => {
    if (!observer) return;
    observer.disconnect();
    observer = undefined;
    show(pageTitle);
  };

  let stopped = false;
  return {
    setQuiet(on: boolean) {
      quiet = on && !stopped;
      if (!quiet) return unwatch();
      if (doc.head) watch();
      else doc.addEventListener('DOMContentLoaded', watch, { once: true });
    },
    /** For good: the page's own title is back, and nothing later quiets it again. */
    stop() {
      stopped = true;
      quiet = false;
      unwatch();
    },
  };
}
