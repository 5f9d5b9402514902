import type { RuleSettings } from '../sla/rules';
import type { TierSettings } from '../sla/tiers';
import type { ReviewStats } from './week-stats';

/** A change the data argues for, in words, with the settings it would save (one click). */
export interface Suggestion {
  id: string;
  text: string;
  apply?: { section: 'rules'; value: RuleSettings } | { section: 'tiers'; value: TierSettings };
  /** Where to make it by hand when it cannot be applied in one click. */
  goTo?: string;
}

interface Current {
  tiers: TierSettings;
  rules: RuleSettings;
}

const top = (counts: Record<string, number>): [string, number] | undefined => Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** Suggestions from a period's figures: each only where the numbers are clear, never a guess. */
export function suggest(stats: ReviewStats, current: Current): Suggestion[] {
  const out: Suggestion[] = [];
  const [first, second] = current.tiers.tiers;

  // Breakthroughs mostly from one conversation: that conversation is better a tier down.
  const broke = sum(stats.brokeThroughByWhy);
  const loudest = top(stats.brokeThroughByConversation);
  if (first && second && broke >= 10 && loudest && loudest[1] / broke >= 0.6) {
    const [conversation, count] = loudest;
    const rule = { id: `suggested-${conversation.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`, kind: 'conversation' as const, values: [conversation], tierId: second.id, enabled: true };
    out.push({
      id: 'breakthrough-conversation',
      text: `${first.name} broke through ${broke} times, ${count} of them from ${conversation} — make ${conversation} ${second.name}?`,
      apply: { section: 'rules', value: { ...current.rules, rules: [rule, ...current.rules.rules.filter((r) => r.id !== rule.id)] } },
    });
  }

  // Many blocks ended early, mostly for one reason.
  const reason = top(stats.endedEarly.reasons);
  if (stats.blocks >= 5 && stats.endedEarly.count / stats.blocks >= 0.25 && reason) {
    const meeting = /meeting|call/i.test(reason[0]);
    out.push({
      id: 'early-ends',
      text: `${stats.endedEarly.count} of ${stats.blocks} blocks ended early, most with “${reason[0]}”${meeting ? ' — add a meeting-free day?' : ' — shorter or fewer blocks?'}`,
      goTo: 'options.html#schedule',
    });
  }

  // The least urgent tier waited long and was never late: hold it until the end of the day.
  const last = current.tiers.tiers.at(-1);
  const kept = last && stats.slaKept[last.id];
  const wait = last && stats.averageWaitHours[last.id];
  if (last && kept && kept.handled >= 5 && kept.inTime === kept.handled && wait !== undefined && wait >= 24 && last.response.unit !== 'endOfDay') {
    out.push({
      id: 'low-end-of-day',
      text: `${last.name} items waited ${Math.round(wait)} hours on average and none were late — hold ${last.name} until the end of the day?`,
      apply: { section: 'tiers', value: { ...current.tiers, tiers: current.tiers.tiers.map((t) => (t.id === last.id ? { ...t, response: { unit: 'endOfDay' as const } } : t)) } },
    });
  }
  return out;
}
