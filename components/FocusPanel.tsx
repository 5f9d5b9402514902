import type { Clock } from '@/lib/clock';
import type { FocusState } from '@/lib/focus/focus-state';
import { formatFocusStatus, formatStatusExtras } from '@/lib/focus/status-text';
import type { FocusFlag } from '@/lib/messaging/focus-flag';
import type { PopupSettings } from '@/lib/settings/popup-view';
import { FocusRunningControls } from './FocusRunningControls';
import { FocusStartControls } from './FocusStartControls';

interface Props {
  state: FocusState;
  now: Date;
  clock: Clock;
  settings: PopupSettings;
  /** What the background published besides focus: holding, the next check, what waits. */
  flag: FocusFlag;
}

/** The popup's headline: the one status line everyone can trust, and what can change it. */
export function FocusPanel({ state, now, clock, settings, flag }: Props) {
  const holdUntil = flag.holdBecause === 'batching' && flag.holdUntil && flag.holdUntil > now.getTime() ? new Date(flag.holdUntil) : undefined;
  const nextCheck = flag.nextCheck && flag.nextCheck.at > now.getTime() ? { at: new Date(flag.nextCheck.at), label: flag.nextCheck.label } : undefined;
  const extras = formatStatusExtras(state, { batchingUntil: holdUntil, nextCheck, waiting: flag.waiting }, now);
  return (
    <section className="panel" aria-label="Focus">
      <p role="status" className={state.on ? 'status status-on' : 'status'}>
        {formatFocusStatus(state, now)}
      </p>
      {extras.length > 0 && <p className="muted next-check">{extras.map((e) => e[0]!.toUpperCase() + e.slice(1)).join(' · ')}</p>}
      {state.on ? (
        <FocusRunningControls until={state.until} now={now} settings={settings} />
      ) : (
        <FocusStartControls clock={clock} />
      )}
    </section>
  );
}
