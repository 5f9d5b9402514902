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
}

/** Which page API produced it: `new Notification()` or `registration.showNotification()`. */
export type CaptureSource = 'new' | 'show';
