/** The clipboard from a document that has no user gesture to offer: a selected textarea and "copy". */
export function copyWithDocument(doc: Document, text: string): boolean {
  const area = doc.createElement('textarea');
  area.value = text;
  doc.body.append(area);
  area.select();
  try {
    return doc.execCommand('copy');
  } finally {
    area.remove();
  }
}

export const COPY_MESSAGE = 'heads-down:copy-to-clipboard';
