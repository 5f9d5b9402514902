import { format } from 'date-fns';
import { useEffect, useMemo, useState } from 'react';
import { BarChart } from '@/components/review/BarChart';
import { CountTable } from '@/components/review/CountTable';
import { db } from '@/lib/db/app-db';
import { readReviewRows } from '@/lib/db/review-repo';
import { sendMessage } from '@/lib/messaging/protocol';
import { reviewCsv } from '@/lib/review/csv';
import { describePeriod, hashOf, lastDays, periodFromHash, shiftWeek, type Period } from '@/lib/review/period';
import { suggest, type Suggestion } from '@/lib/review/suggestions';
import { reviewStats, type ReviewStats } from '@/lib/review/week-stats';
import type { Settings } from '@/lib/settings/settings';
import { loadSettings } from '@/lib/settings/store';

const REASON_WORDS: Record<string, string> = { 'block-end': 'at the end of a block', 'digest-time': 'at a digest time', sla: 'early, for an item due soon', 'hold-end': 'when batching ended' };
const hours = (minutes: number) => Math.round((minutes / 60) * 10) / 10;

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  Object.assign(document.createElement('a'), { href: url, download: name }).click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The weekly review, and the last 30 days: whether async-first is working, and what to change. */
export function App() {
  const [period, setPeriod] = useState<Period>(() => periodFromHash(location.hash, new Date()));
  const [stats, setStats] = useState<ReviewStats>();
  const [settings, setSettings] = useState<Settings>();
  const [applied, setApplied] = useState<Record<string, string>>({});

  useEffect(() => {
    history.replaceState(null, '', hashOf(period));
    let live = true;
    void Promise.all([readReviewRows(db, period.from.getTime(), period.to.getTime()), loadSettings()]).then(([rows, s]) => {
      if (!live) return;
      setSettings(s);
      setStats(reviewStats(rows, period.from, period.to, new Date()));
    });
    return () => void (live = false);
  }, [period]);

  const tierNames = useMemo(() => Object.fromEntries((settings?.tiers.tiers ?? []).map((t) => [t.id, t.name])), [settings]);
  const dayLabels = useMemo(() => (stats?.days ?? []).map((d) => format(d.day, stats && stats.days.length > 7 ? 'MMM d' : 'EEE d')), [stats]);
  const focusSeries = useMemo(
    () =>
      stats
        ? [
            { label: 'Planned (h)', values: stats.days.map((d) => hours(d.plannedMinutes)), color: '#9e9aae' },
            { label: 'Protected (h)', values: stats.days.map((d) => hours(d.protectedMinutes)), color: '#5b3cc4' },
          ]
        : [],
    [stats],
  );
  // Largest first; memoised so the charts are not rebuilt on every render.
  const appLabels = useMemo(() => Object.entries(stats?.heldByApp ?? {}).sort((a, b) => b[1] - a[1]).map(([app]) => app), [stats]);
  const appSeries = useMemo(() => [{ label: 'Held', values: appLabels.map((a) => stats?.heldByApp[a] ?? 0), color: '#5b3cc4' }], [appLabels, stats]);
  const tierLabels = useMemo(() => (settings?.tiers.tiers ?? []).map((t) => t.id).filter((id) => stats?.heldByTier[id]), [settings, stats]);
  const tierSeries = useMemo(() => [{ label: 'Held', values: tierLabels.map((id) => stats?.heldByTier[id] ?? 0), color: '#5b3cc4' }], [tierLabels, stats]);
  const suggestions = stats && settings ? suggest(stats, settings) : [];

  const apply = async (s: Suggestion) => {
    if (!s.apply) return;
    const result = await sendMessage('saveSettings', { section: s.apply.section, value: s.apply.value }).catch(() => ({ ok: false as const, errors: {}, message: 'Heads Down could not reach its background.' }));
    setApplied((a) => ({ ...a, [s.id]: result.ok ? 'Done: saved in the options.' : result.message }));
  };

  const planned = stats?.days.reduce((n, d) => n + d.plannedMinutes, 0) ?? 0;
  const kept = stats?.days.reduce((n, d) => n + d.protectedMinutes, 0) ?? 0;

  return (
    <main className="page review">
      <h1>Review of {describePeriod(period)}</h1>
      <nav className="row" aria-label="Period">
        <button type="button" onClick={() => setPeriod(shiftWeek(period, -1))}>
          Previous week
        </button>
        <button type="button" onClick={() => setPeriod(shiftWeek(period, 1))}>
          Next week
        </button>
        <button type="button" onClick={() => setPeriod(lastDays(new Date()))} aria-pressed={period.kind === 'last30'}>
          Last 30 days
        </button>
        <button type="button" disabled={!stats} onClick={() => stats && download(`heads-down-review-${hashOf(period).slice(1)}.csv`, reviewCsv(stats, tierNames), 'text/csv')}>
          Export CSV
        </button>
      </nav>
      {stats && (
        <>
          <section aria-labelledby="focus-time">
            <h2 id="focus-time">Focus time</h2>
            <p className="muted">Planned: the length of every block as it started. Protected: the part that ran before it ended (a block still running, up to now).</p>
            <p className="figure">
              {hours(kept)} h protected of {hours(planned)} h planned in {stats.blocks} {stats.blocks === 1 ? 'block' : 'blocks'}
              {planned > 0 ? ` (${Math.round((kept / planned) * 100)} %)` : ''}.
            </p>
            <BarChart title="Focus hours per day" labels={dayLabels} series={focusSeries} />
            {stats.notObservedMinutes > 0 && (
              <p>
                {hours(stats.notObservedMinutes)} h of scheduled blocks passed while the browser was closed: counted as planned, not as protected.
              </p>
            )}
            <p className="muted">Meeting-free days kept are not recorded yet.</p>
          </section>
          <section aria-labelledby="ended-early">
            <h2 id="ended-early">Blocks ended early</h2>
            <p className="figure">
              {stats.endedEarly.count} of {stats.blocks} ended before their planned end.
            </p>
            <CountTable caption="Why blocks ended early" keyHeading="Reason" counts={stats.endedEarly.reasons} />
          </section>
          <section aria-labelledby="interruptions">
            <h2 id="interruptions">Interruptions held</h2>
            <p className="muted">Notifications held instead of shown, counted with their repeats.</p>
            <BarChart title="Held, per app" labels={appLabels} series={appSeries} />
            <BarChart title="Held, per tier" labels={tierLabels.map((id) => tierNames[id] ?? id)} series={tierSeries} />
            <CountTable caption="Broke through, by why" keyHeading="Why" counts={stats.brokeThroughByWhy} />
          </section>
          <section aria-labelledby="digests">
            <h2 id="digests">Digests released</h2>
            <CountTable caption="Digests, by when they came" keyHeading="When" counts={stats.digestsByReason as Record<string, number>} names={REASON_WORDS} />
          </section>
          <section aria-labelledby="sla-kept">
            <h2 id="sla-kept">SLA kept</h2>
            <p className="muted">Of the held notifications you marked handled, those handled by their due time.</p>
            <CountTable
              caption="Handled in time, per tier"
              keyHeading="Tier"
              counts={Object.fromEntries(Object.entries(stats.slaKept).map(([tier, k]) => [tier, `${Math.round((k.inTime / k.handled) * 100)} % (${k.inTime} of ${k.handled})`]))}
              names={tierNames}
            />
          </section>
          <section aria-labelledby="questions">
            <h2 id="questions">Your questions</h2>
            <dl className="figures">
              <dt>Queued</dt>
              <dd>{stats.questions.queued}</dd>
              <dt>Sent</dt>
              <dd>{stats.questions.sent}</dd>
              <dt>Answered by their needed-by</dt>
              <dd>
                {stats.questions.answered > 0 ? `${Math.round((stats.questions.answeredInTime / stats.questions.answered) * 100)} % (${stats.questions.answeredInTime} of ${stats.questions.answered})` : 'none answered'}
              </dd>
              <dt>Still overdue</dt>
              <dd>{stats.questions.overdue}</dd>
            </dl>
          </section>
          <section aria-labelledby="suggestions">
            <h2 id="suggestions">Suggestions</h2>
            {suggestions.length === 0 ? (
              <p className="muted">Nothing to suggest from these numbers.</p>
            ) : (
              <ul className="list" aria-label="Suggestions">
                {suggestions.map((s) => (
                  <li key={s.id} className="item">
                    <p>{s.text}</p>
                    {s.apply ? (
                      <button type="button" onClick={() => void apply(s)}>
                        Apply<span className="visually-hidden"> {s.text}</span>
                      </button>
                    ) : (
                      s.goTo && <a href={`/${s.goTo}`}>Open the options</a>
                    )}
                    {applied[s.id] && <p role="status">{applied[s.id]}</p>}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </main>
  );
}
