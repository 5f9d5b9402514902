import type { Clock } from '@/lib/clock';
import type { FocusState } from '@/lib/focus/focus-state';
import { formatFocusStatus } from '@/lib/focus/status-text';
import type { PopupSettings } from '@/lib/settings/popup-view';
import { FocusRunningControls } from './FocusRunningControls';
import { FocusStartControls } from './FocusStartControls';

interface Props {
  state: FocusState;
  now: Date;
  clock: Clock;
  settings: PopupSettings;
}

/** The popup's headline: the one status line everyone can trust, and what can change it. */
export function FocusPanel({ state, now, clock, settings }: Props) {
  return (
    <section className="panel" aria-label="Focus">
      <p role="status" className={state.on ? 'status status-on' : 'status'}>
        {formatFocusStatus(state, now)}
      </p>
      {state.on ? (
        <FocusRunningControls until={state.until} now={now} settings={settings} />
      ) : (
        <FocusStartControls clock={clock} />
      )}
    </section>
  );
}
