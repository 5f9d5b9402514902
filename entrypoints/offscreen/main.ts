import { browser } from 'wxt/browser';
import { COPY_MESSAGE, copyWithDocument } from './copy-text';

// Chrome's service worker has no document to copy from: this offscreen page copies for it.
browser.runtime.onMessage.addListener((message: unknown) => {
  const m = message as { type?: unknown; text?: unknown };
  if (m?.type !== COPY_MESSAGE || typeof m.text !== 'string') return undefined;
  return Promise.resolve(copyWithDocument(document, m.text));
});
