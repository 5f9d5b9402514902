import { format, isValid, parseISO } from 'date-fns';

/** A question the user wants answered by a time, held back instead of interrupting someone now. */
export interface QueuedQuestion {
  id?: number;
  text: string;
  recipient: string;
  /** Epoch ms. */
  neededBy: number;
  createdAt: number;
  status: 'queued' | 'sent' | 'answered';
}

export interface QuestionInput {
  text: string;
  recipient: string;
  /** The value of an `<input type="datetime-local">`: "2026-11-23T15:00", local time. */
  neededBy: string;
}

export type QuestionErrors = Partial<Record<keyof QuestionInput, string>>;

export type QuestionValidation =
  | { ok: true; question: QueuedQuestion }
  | { ok: false; errors: QuestionErrors };

export const MAX_QUESTION_CHARS = 4_000;
export const MAX_RECIPIENT_CHARS = 200;

/** Checks every field at once so the form can show each message beside its own input. */
export function validateQuestion(input: QuestionInput, now: Date): QuestionValidation {
  const errors: QuestionErrors = {};
  const text = input.text.trim();
  const recipient = input.recipient.trim();
  if (!text) errors.text = 'Write the question first.';
  else if (text.length > MAX_QUESTION_CHARS) errors.text = `Keep the question under ${MAX_QUESTION_CHARS} characters.`;
  if (!recipient) errors.recipient = 'Say who should answer.';
  else if (recipient.length > MAX_RECIPIENT_CHARS) errors.recipient = 'That recipient name is too long.';
  const neededBy = parseLocalDateTime(input.neededBy);
  if (!neededBy) errors.neededBy = 'Pick a date and time.';
  else if (neededBy.getTime() <= now.getTime()) errors.neededBy = 'Needed-by must be in the future.';
  if (Object.keys(errors).length > 0 || !neededBy) return { ok: false, errors };
  return {
    ok: true,
    question: { text, recipient, neededBy: neededBy.getTime(), createdAt: now.getTime(), status: 'queued' },
  };
}

/** Parses a datetime-local value as wall-clock time in the machine's zone. */
export function parseLocalDateTime(value: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return undefined;
  const date = parseISO(value);
  return isValid(date) ? date : undefined;
}

export function toLocalDateTimeValue(date: Date): string {
  return format(date, "yyyy-MM-dd'T'HH:mm");
}

/** "needed by Thu 3:00 PM" in the user's locale. */
export function formatNeededBy(neededBy: Date, locale?: string): string {
  const text = new Intl.DateTimeFormat(locale, { weekday: 'short', hour: 'numeric', minute: '2-digit' }).format(
    neededBy,
  );
  return `needed by ${text}`;
}
