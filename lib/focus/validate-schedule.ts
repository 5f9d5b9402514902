import type { FocusSchedule, TimeBlock } from './schedule';
import { isRealDate } from '../time/local-date';
import { parseWallTime } from '../time/wall-time';

export interface ScheduleProblem {
  /** Where, as a path into the settings ("schedule.weekly.1.0.end"). */
  path: (string | number)[];
  message: string;
}

const DAY = 24 * 60;
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

type Path = (string | number)[];
interface Span {
  index: number;
  /** Minutes from the day's midnight; the end passes DAY for a block that runs past midnight. */
  from: number;
  to: number;
}

/** Checks each block on its own; returns the problems and the spans of the blocks that are fine. */
function checkBlocks(blocks: TimeBlock[], at: Path): { problems: ScheduleProblem[]; spans: Span[] } {
  const problems: ScheduleProblem[] = [];
  const spans: Span[] = [];
  blocks.forEach((block, index) => {
    const start = parseWallTime(block.start);
    const end = parseWallTime(block.end);
    const bad = (field: 'start' | 'end', message: string) => problems.push({ path: [...at, index, field], message });
    if (start === undefined) bad('start', `Use a time like 09:00 (got “${block.start}”).`);
    if (end === undefined) bad('end', `Use a time like 09:00 (got “${block.end}”).`);
    if (start === undefined || end === undefined) return;
    if (start >= DAY) return bad('start', 'A block cannot start at 24:00; use 00:00 of the next day.');
    const to = end > start ? end : end + DAY;
    if (start === end || to - start <= 0 || to - start >= DAY) return bad('end', 'A block must end after it starts.');
    spans.push({ index, from: start, to });
  });
  return { problems, spans };
}

const overlaps = (a: Span, b: Span, shift = 0) => a.from + shift < b.to && b.from < a.to + shift;

function sameDayOverlaps(spans: Span[], at: Path): ScheduleProblem[] {
  return spans.flatMap((a) => {
    const clash = spans.find((b) => b.index < a.index && overlaps(a, b));
    return clash ? [{ path: [...at, a.index, 'start'], message: `This block overlaps block ${clash.index + 1} on the same day.` }] : [];
  });
}

/** A block that runs past midnight must not run into the next day's first blocks. */
function overnightOverlaps(spansByDay: Span[][]): ScheduleProblem[] {
  return spansByDay.flatMap((spans, day) => {
    const nextDay = (day + 1) % 7;
    return (spansByDay[nextDay] ?? []).flatMap((next) => {
      const clash = spans.find((s) => s.to > DAY && overlaps(next, s, DAY));
      return clash
        ? [{ path: ['weekly', nextDay, next.index, 'start'], message: `This block overlaps ${DAY_NAMES[day]}'s block ${clash.index + 1}, which runs past midnight.` }]
        : [];
    });
  });
}

/**
 * What is wrong with a schedule, each problem at the field to fix: times that are not times,
 * zero-length blocks, blocks that overlap on one day or across midnight, dates that do not exist.
 */
export function validateSchedule(schedule: FocusSchedule): ScheduleProblem[] {
  const weekly = schedule.weekly.map((blocks, day) => checkBlocks(blocks, ['weekly', day]));
  return [
    ...weekly.flatMap(({ problems, spans }, day) => [...problems, ...sameDayOverlaps(spans, ['weekly', day])]),
    ...overnightOverlaps(weekly.map((w) => w.spans)),
    ...schedule.exceptions.flatMap((exception, i) => {
      const at = ['exceptions', i, 'blocks'];
      const { problems, spans } = checkBlocks(exception.blocks, at);
      return [
        ...(isRealDate(exception.date) ? [] : [{ path: ['exceptions', i, 'date'], message: 'Pick a date that exists.' }]),
        ...problems,
        ...sameDayOverlaps(spans, at),
      ];
    }),
  ];
}
