import { z } from '../zod-jitless';
import type { CaptureSource } from './held-notification';

// What a page may put in a notification is capped: the page is untrusted, and the digest must stay
// fast with thousands of rows. Longer text is cut, not rejected, so nothing is lost.
export const MAX_TITLE_CHARS = 1_000;
export const MAX_BODY_CHARS = 4_000;
export const MAX_TAG_CHARS = 256;
export const MAX_ICON_CHARS = 16 * 1024;

// The hook sends fields as the page gave them; like the browser, turn them into text.
const cut = (max: number) =>
  z
    .union([z.string(), z.number(), z.boolean(), z.null()])
    .optional()
    .transform((v) => (v === null || v === undefined ? '' : String(v)).slice(0, max));

const captureRequestSchema = z.object({
  /** The hook's id for the page-side object (stored as `hookId`). */
  id: z.string().min(1).max(64),
  source: z.enum(['new', 'show']),
  title: cut(MAX_TITLE_CHARS),
  body: cut(MAX_BODY_CHARS),
  tag: cut(MAX_TAG_CHARS),
  icon: z.unknown().optional().transform((v) => (typeof v === 'string' ? v : undefined)),
  /** Left by a page that went away before it was answered (hold-hub.ts): it may be stored already. */
  left: z.literal(true).optional(),
  /** Epoch ms after which the hook shows it itself (set by the relay): too late to store. */
  storeBy: z.number().optional(),
});

export interface CaptureRequest {
  hookId: string;
  source: CaptureSource;
  title: string;
  body: string;
  tag: string;
  icon?: string;
  left?: true;
  storeBy?: number;
}

/** Only web and inline-image icons are kept; anything else (javascript:, file:, huge) is dropped. */
export function sanitiseIconUrl(icon: string | undefined): string | undefined {
  if (!icon || icon.length > MAX_ICON_CHARS) return undefined;
  if (/^data:image\//i.test(icon)) return icon;
  try {
    const url = new URL(icon);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Parses what a content script sent; `undefined` for anything that is not a capture request. */
export function parseCaptureRequest(input: unknown): CaptureRequest | undefined {
  const result = captureRequestSchema.safeParse(input);
  if (!result.success) return undefined;
  const { id, icon, ...rest } = result.data;
  const safeIcon = sanitiseIconUrl(icon);
  return safeIcon ? { hookId: id, ...rest, icon: safeIcon } : { hookId: id, ...rest };
}
