import { countOf, type HeldNotification } from '../capture/held-notification';

export interface DigestSummary {
  title: string;
  message: string;
}

/**
 * The one system notification shown when a block ends: "3 held during focus" and a per-app count,
 * largest first ("Slack 9, Gmail 5"). `undefined` when nothing was held: no news is no notification.
 */
export function summariseHeld(items: readonly Pick<HeldNotification, 'app' | 'burst' | 'replaced'>[]): DigestSummary | undefined {
  if (items.length === 0) return undefined;
  const counts = new Map<string, number>();
  let total = 0;
  for (const item of items) {
    counts.set(item.app, (counts.get(item.app) ?? 0) + countOf(item));
    total += countOf(item);
  }
  const perApp = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([app, n]) => `${app} ${n}`)
    .join(', ');
  return { title: `${total} held during focus`, message: perApp };
}
