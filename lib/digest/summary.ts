import { countOf, type HeldNotification } from '../capture/held-notification';
import { formatWhen } from '../focus/status-text';
import { findTier, tierRank, type TierSettings } from '../sla/tiers';

export interface DigestSummary {
  title: string;
  message: string;
}

export type SummaryItem = Pick<HeldNotification, 'app' | 'burst' | 'replaced' | 'tierId' | 'dueAt' | 'overLimit'>;

/**
 * The one system notification of a release: "14 held: Slack 9, Gmail 5" and what is most
 * pressing, "1 Important due 3:00 PM", and what the breakthrough limit kept back. Counts what
 * this release delivers (bursts and replacements included). `undefined` when nothing is in it:
 * no news is no notification.
 */
export function summariseRelease(items: readonly SummaryItem[], tiers: TierSettings, now: Date, locale?: string): DigestSummary | undefined {
  if (items.length === 0) return undefined;
  const perApp = new Map<string, number>();
  let total = 0;
  for (const item of items) {
    perApp.set(item.app, (perApp.get(item.app) ?? 0) + countOf(item));
    total += countOf(item);
  }
  const apps = [...perApp.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([app, n]) => `${app} ${n}`)
    .join(', ');

  const top = Math.min(...items.map((i) => tierRank(tiers, i.tierId)));
  const topItems = items.filter((i) => tierRank(tiers, i.tierId) === top);
  const topTier = findTier(tiers, topItems[0]!.tierId);
  const dues = topItems.flatMap((i) => (i.dueAt === undefined ? [] : [i.dueAt]));
  const parts = [
    `${topItems.reduce((n, i) => n + countOf(i), 0)} ${topTier.name}${dues.length ? ` due ${formatWhen(new Date(Math.min(...dues)), now, locale)}` : ''}`,
  ];
  const overLimit = items.filter((i) => i.overLimit).reduce((n, i) => n + countOf(i), 0);
  if (overLimit > 0) parts.push(`${overLimit} held back by the breakthrough limit`);
  return { title: `${total} held: ${apps}`, message: parts.join(' · ') };
}
