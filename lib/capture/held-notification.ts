/**
 * A notification a page tried to show while notifications were held: kept until the user
 * handles it. One that broke through (shown at once for its tier) is kept too, as a record.
 */
export interface HeldNotification {
  id?: number;
  status: 'held' | 'handled' | 'broke-through';
  /** Epoch ms when it was captured. */
  createdAt: number;
  handledAt?: number;
  /** The focus session it was held in; -1 when batching held it outside focus. */
  sessionId: number;
  /** The block or batching day it was held in (see HoldState.periodKey): the breakthrough limit counts per period. */
  periodKey: string;
  /** Taken from the message sender, never from what the page says. */
  origin: string;
  /** Preset or self-hosted app id, and its name as shown. */
  appId?: string;
  app: string;
  tabId?: number;
  frameId?: number;
  /** The hook's id for the page-side object, so a click in the digest can reach it. */
  hookId: string;
  source: CaptureSource;
  title: string;
  body: string;
  tag: string;
  /** The page's own icon, stored apart (lib/db/icons-repo.ts); absent when it gave none. */
  iconKey?: string;
  /** The page to open when its tab is gone (http/https only). */
  pageUrl?: string;
  /** How many later notifications with the same tag replaced this one, as browsers replace them. */
  replaced?: number;
  /**
   * Set on a burst row: how many notifications a flooding tab sent beyond its rate. The row shows
   * the latest of them; none is dropped without being counted.
   */
  burst?: number;

  /** Its SLA tier (lib/sla/tiers.ts), why it got it, and the rule that decided, if one did. */
  tierId: string;
  why: string;
  ruleId?: string;
  /** When it needs an answer, epoch ms (absent on items held before tiers). */
  dueAt?: number;
  /** Read from the title's shape (lib/sla/title-shape.ts). */
  sender?: string;
  conversation?: string;
  /** Its app and conversation (lib/digest/digest-groups.ts threadKeyOf): the digest reads a group whole through it. */
  threadKey?: string;
  direct?: boolean;
  /** It would have broken through, but its app had used up the breakthrough limit of the period. */
  overLimit?: true;
  /** 1 while no digest has delivered it yet (absent once released: a sparse index). */
  pendingRelease?: 1;
  /** The digest that delivered it, and when. */
  digestId?: string;
  releasedAt?: number;
  /** Snoozed until then (epoch ms): out of the list, back into the next digest after it. */
  snoozedUntil?: number;
}

/** How many notifications a row stands for: a burst's count, or one plus those that replaced it. */
export const countOf = (row: Pick<HeldNotification, 'burst' | 'replaced'>) => row.burst ?? 1 + (row.replaced ?? 0);

/** Which page API produced it: `new Notification()` or `registration.showNotification()`. */
export type CaptureSource = 'new' | 'show';
