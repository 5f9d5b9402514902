/** A notification that a page tried to show during focus, kept until the user handles it. */
export interface HeldNotification {
  id?: number;
  status: 'held' | 'handled';
  /** Epoch ms when it was captured. */
  createdAt: number;
  handledAt?: number;
  /** The focus session it was held in. */
  sessionId: number;
  /** Taken from the message sender, never from what the page says. */
  origin: string;
  app: string;
  tabId?: number;
  frameId?: number;
  /** The hook's id for the page-side object, so a click in the digest can reach it. */
  hookId: string;
  source: CaptureSource;
  title: string;
  body: string;
  tag: string;
  icon?: string;
  /** The page to open when its tab is gone (http/https only). */
  pageUrl?: string;
  /** How many later notifications with the same tag replaced this one, as browsers replace them. */
  replaced?: number;
  /**
   * Set on a burst row: how many notifications a flooding tab sent beyond its rate. The row shows
   * the latest of them; none is dropped without being counted.
   */
  burst?: number;
}

/** How many notifications a row stands for: a burst's count, or one plus those that replaced it. */
export const countOf = (row: Pick<HeldNotification, 'burst' | 'replaced'>) => row.burst ?? 1 + (row.replaced ?? 0);

/** Which page API produced it: `new Notification()` or `registration.showNotification()`. */
export type CaptureSource = 'new' | 'show';
