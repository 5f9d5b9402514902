import { browser } from 'wxt/browser';
import { db } from '@/lib/db/app-db';
import { countWaiting } from '@/lib/db/release-repo';
import { formatActionTitle, formatBadgeText, type StatusExtras } from '@/lib/focus/status-text';
import { FOCUS_FLAG_KEY, toFocusFlag, type FocusFlag, type NextCheck, type QuestionFlags } from '@/lib/messaging/focus-flag';
import type { EngineState } from './engine-state';

const BADGE_COLOR = '#5b3cc4';

const extrasOf = (flag: FocusFlag): StatusExtras => ({
  ...(flag.holdBecause === 'batching' && flag.holdUntil ? { batchingUntil: new Date(flag.holdUntil) } : {}),
  ...(flag.nextCheck ? { nextCheck: { at: new Date(flag.nextCheck.at), label: flag.nextCheck.label } } : {}),
  waiting: flag.waiting ?? 0,
  ...(flag.questions ? { questions: flag.questions } : {}),
});

const hasDot = (flag: FocusFlag) => !!flag.questions && flag.questions.blocking + flag.questions.overdue + flag.questions.attention > 0;

async function countQuestionFlags(now: Date): Promise<QuestionFlags> {
  const [blocking, overdue, attention] = await Promise.all([
    db.questions.where('status').equals('queued').filter((q) => q.blocking).count(),
    db.questions.where('status').equals('sent').filter((q) => q.neededBy <= now.getTime()).count(),
    db.outbox.where('state').anyOf(['attention', 'late']).count(),
  ]);
  return { blocking, overdue, attention };
}

/**
 * Publishes the state where people and pages read it, from one value at one moment: the flag
 * (storage.local, read by the bridge, the popup and the options page), the badge and the tooltip.
 */
export async function publishState(state: EngineState, nextCheck: NextCheck | undefined): Promise<void> {
  const { focus, hold, now, settings } = state;
  const [waiting, questions] = await Promise.all([countWaiting(db, now), countQuestionFlags(now)]);
  // "Focus until 1:00 PM" already says when the block's release comes: only an earlier one is news.
  const check = nextCheck && !(focus.on && nextCheck.at >= focus.until.getTime()) ? nextCheck : undefined;
  const flag = toFocusFlag({ focus, hold, hideCounts: settings.quiet.hideUnreadCounts, nextCheck: check, waiting, questions });
  await Promise.all([browser.storage.local.set({ [FOCUS_FLAG_KEY]: flag }), showOnToolbar(state, flag)]);
}

function showOnToolbar({ focus, now }: Pick<EngineState, 'focus' | 'now'>, flag: FocusFlag): Promise<unknown> {
  return Promise.all([
    browser.action.setBadgeText({ text: formatBadgeText(focus, now, flag.waiting ?? 0, hasDot(flag)) }),
    browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR }),
    browser.action.setTitle({ title: formatActionTitle(focus, now, undefined, extrasOf(flag)) }),
  ]);
}

/** The badge tick: minutes left change, nothing else does; the published flag says the rest. */
export async function refreshToolbar(state: Pick<EngineState, 'focus' | 'now'>): Promise<void> {
  const flag = ((await browser.storage.local.get(FOCUS_FLAG_KEY))[FOCUS_FLAG_KEY] ?? { until: null }) as FocusFlag;
  await showOnToolbar(state, flag);
}
