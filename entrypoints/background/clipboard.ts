import { browser } from 'wxt/browser';
import { COPY_MESSAGE, copyWithDocument } from '../offscreen/copy-text';

const OFFSCREEN_PAGE = '/offscreen.html';

type OffscreenChrome = {
  offscreen?: { createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void> };
  runtime: { getContexts?(filter: { contextTypes: string[]; documentUrls: string[] }): Promise<unknown[]> };
};

/**
 * Puts text on the clipboard from the background. Chrome: through an offscreen document (its
 * service worker has no document). Firefox: the event page's own document.
 */
export async function writeClipboard(text: string): Promise<boolean> {
  const chrome = (globalThis as { chrome?: OffscreenChrome }).chrome;
  try {
    if (chrome?.offscreen) {
      const url = browser.runtime.getURL(OFFSCREEN_PAGE);
      const open = (await chrome.runtime.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] })) ?? [];
      if (open.length === 0) await chrome.offscreen.createDocument({ url, reasons: ['CLIPBOARD'], justification: 'Copy a queued question for the user to paste.' });
      return (await browser.runtime.sendMessage({ type: COPY_MESSAGE, text })) === true;
    }
    return typeof document !== 'undefined' && copyWithDocument(document, text);
  } catch {
    return false;
  }
}
