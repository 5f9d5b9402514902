import { format, isValid, parseISO } from 'date-fns';

/** Is this a local calendar date that exists, written "2026-12-25"? */
export const isRealDate = (text: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(text) && isValid(parseISO(text)) && format(parseISO(text), 'yyyy-MM-dd') === text;
