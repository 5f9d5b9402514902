import { stripUnreadCount } from '@/lib/capture/unread-count';

/**
 * Hides the unread count in the tab's title while `quiet` is on and puts the page's own title
 * back afterwards. The page keeps changing its title; every change it makes is remembered as the
 * real title and shown without its count.
 */
export function createTitleQuieter(doc: Document) {
  let quiet = false;
  let pageTitle = doc.title;
  let ours: string | undefined;

  const apply = () => {
    const wanted = quiet ? stripUnreadCount(pageTitle) : pageTitle;
    if (doc.title !== wanted) {
      ours = wanted;
      doc.title = wanted;
    }
  };
  const observer = new MutationObserver(() => {
    if (doc.title === ours) return;
    pageTitle = doc.title;
    apply();
  });
  observer.observe(doc.documentElement, { subtree: true, childList: true, characterData: true });

  return {
    setQuiet(on: boolean) {
      if (on === quiet) return;
      quiet = on;
      apply();
    },
    stop() {
      observer.disconnect();
      quiet = false;
      apply();
    },
  };
}
