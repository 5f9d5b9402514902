import { useState, type FormEvent } from 'react';
import { useCountdown } from './use-countdown';

interface Props {
  delaySeconds: number;
  busy: boolean;
  onEnd: (reason: string) => void;
  onCancel: () => void;
}

/** Lockdown: ending early takes a reason and a short wait, so it is a decision, not a reflex. */
export function EarlyEndForm({ delaySeconds, busy, onEnd, onCancel }: Props) {
  const [reason, setReason] = useState('');
  const left = useCountdown(delaySeconds);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() && left === 0) onEnd(reason);
  };
  return (
    <form onSubmit={submit} aria-label="End focus early" noValidate>
      <label htmlFor="end-reason">Why end early?</label>
      <input id="end-reason" type="text" value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
      <div className="row">
        <button type="submit" disabled={busy || !reason.trim() || left > 0}>
          End focus
        </button>
        <button type="button" onClick={onCancel}>
          Keep focusing
        </button>
      </div>
      <p className="muted" aria-live="polite">
        {left > 0 ? `You can end in ${left} s.` : reason.trim() ? '' : 'Lockdown is on: give a reason to end early.'}
      </p>
    </form>
  );
}
