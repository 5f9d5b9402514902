import { formatClockTime } from './status-text';

export const DEFAULT_STATUS_TEMPLATE = "Heads down until {until} — I'll reply after. Urgent? Call or write “urgent”.";

/** The text for a chat status: the template with {until} as the end time ("1:00 PM"). */
export function formatStatusMessage(template: string, until: Date, locale?: string): string {
  return template.replaceAll('{until}', formatClockTime(until, locale));
}
