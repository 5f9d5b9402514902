import { browser, type Browser } from 'wxt/browser';

export const ASK_LATER_MENU = 'ask-later';
const DRAFT_PREFIX = 'composeDraft:';

/** The "Ask later…" entry in the context menu of any page with a selection. */
export async function createAskLaterMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: ASK_LATER_MENU, title: 'Ask later…', contexts: ['selection', 'page', 'link'] });
}

/**
 * Opens the composer prefilled with the selection as a quote and the page's title and link as
 * context. The page's words travel as a draft in storage.session (never in the address) and
 * are shown as text.
 */
export async function openAskLater(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
  if (info.menuItemId !== ASK_LATER_MENU) return;
  const key = `${DRAFT_PREFIX}${crypto.randomUUID()}`;
  const url = info.linkUrl ?? info.pageUrl ?? tab?.url ?? '';
  const draft = {
    quote: (info.selectionText ?? '').slice(0, 4_000),
    title: (tab?.title ?? '').slice(0, 300),
    url: /^https?:\/\//.test(url) ? url.slice(0, 2_000) : '',
  };
  await browser.storage.session.set({ [key]: draft });
  await browser.tabs.create({ url: browser.runtime.getURL(`/compose.html#${encodeURIComponent(key)}`) });
}
