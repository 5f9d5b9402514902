import { format } from 'date-fns';
import type { ReviewStats } from './week-stats';

/** A CSV field: quoted when it must be, and never read as a formula by a spreadsheet. */
function field(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const line = (...values: (string | number)[]) => values.map(field).join(',');

/** The shown period as CSV: one row per day, then one row per counted figure. */
export function reviewCsv(stats: ReviewStats, tierNames: Record<string, string>): string {
  const rows = [line('date', 'planned focus minutes', 'protected focus minutes')];
  for (const d of stats.days) rows.push(line(format(d.day, 'yyyy-MM-dd'), d.plannedMinutes, d.protectedMinutes));
  rows.push('', line('figure', 'key', 'value'));
  rows.push(line('blocks', '', stats.blocks), line('ended early', '', stats.endedEarly.count));
  for (const [reason, n] of Object.entries(stats.endedEarly.reasons)) rows.push(line('ended early because', reason, n));
  for (const [app, n] of Object.entries(stats.heldByApp)) rows.push(line('held by app', app, n));
  for (const [tier, n] of Object.entries(stats.heldByTier)) rows.push(line('held by tier', tierNames[tier] ?? tier, n));
  for (const [why, n] of Object.entries(stats.brokeThroughByWhy)) rows.push(line('broke through', why, n));
  for (const [reason, n] of Object.entries(stats.digestsByReason)) rows.push(line('digests', reason, n ?? 0));
  for (const [tier, k] of Object.entries(stats.slaKept)) rows.push(line('handled in time', tierNames[tier] ?? tier, `${k.inTime}/${k.handled}`));
  const q = stats.questions;
  rows.push(line('questions queued', '', q.queued), line('questions sent', '', q.sent), line('questions answered', '', q.answered), line('answered by needed-by', '', q.answeredInTime), line('questions overdue', '', q.overdue));
  return rows.join('\n') + '\n';
}
