import { useState } from 'react';
import type { FocusState } from '@/lib/focus/focus-state';
import { formatFocusStatus } from '@/lib/focus/status-text';

interface Props {
  state: FocusState;
  onStart: () => Promise<unknown>;
  onEnd: () => Promise<unknown>;
}

/** The popup's headline: the status everyone can trust, and the one button that changes it. */
export function FocusPanel({ state, onStart, onEnd }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await action();
    } catch {
      setError('Heads Down could not reach its background. Try again.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel" aria-label="Focus">
      <p role="status" className={state.on ? 'status status-on' : 'status'}>
        {formatFocusStatus(state)}
      </p>
      {state.on ? (
        <button type="button" disabled={busy} onClick={() => run(onEnd)}>
          End focus
        </button>
      ) : (
        <button type="button" className="primary" disabled={busy} onClick={() => run(onStart)}>
          Start focus
        </button>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
