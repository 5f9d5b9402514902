// How chat and mail apps put unread counts in their titles: "(3) Slack", "[3] Chat",
// "3 • Discord", "• Discord", "* Slack", "Inbox (3) - me@example.com - Gmail", "Telegram (3)".
const LEADING = /^\s*(?:[([]\d[\d,.]*\+?[)\]]|\d[\d,.]*\+?\s*[•·|-]|[•*!])\s*/;
const INNER = /\s\(\d[\d,.]*\+?\)(?=\s[-–—|]\s)/;
const TRAILING = /\s\(\d[\d,.]*\+?\)\s*$/;

/** The title without its unread count, so a glance at the tab strip does not pull you in. */
export function stripUnreadCount(title: string): string {
  const stripped = title.replace(LEADING, '').replace(INNER, '').replace(TRAILING, '');
  return stripped.trim() ? stripped : title;
}
