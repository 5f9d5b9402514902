import { useState, type FormEvent } from 'react';
import type { Clock } from '@/lib/clock';
import { sendMessage } from '@/lib/messaging/protocol';
import { useAction } from './use-action';

const PRESETS = [25, 50, 90];

/** Every way to start a block: the default length, a preset, an end time, or the next break. */
export function FocusStartControls({ clock }: { clock: Clock }) {
  const { busy, error, setError, run } = useAction();
  const [endTime, setEndTime] = useState('');

  const startUntil = async (event: FormEvent) => {
    event.preventDefault();
    // Loaded on first use: date-fns' parser would otherwise weigh on every popup open.
    const { parseEndTime } = await import('@/lib/focus/parse-end-time');
    const parsed = parseEndTime(endTime, clock());
    if (!parsed.ok) return setError(parsed.error);
    if (await run(() => sendMessage('startFocus', { until: parsed.end.getTime() }))) setEndTime('');
  };

  return (
    <div className="controls">
      <button type="button" className="primary" disabled={busy} onClick={() => run(() => sendMessage('startFocus', {}))}>
        Start focus
      </button>
      <div role="group" aria-label="Focus for" className="row">
        {PRESETS.map((minutes) => (
          <button key={minutes} type="button" disabled={busy} onClick={() => run(() => sendMessage('startFocus', { minutes }))}>
            {minutes} min
          </button>
        ))}
        <button type="button" disabled={busy} onClick={() => run(() => sendMessage('startFocus', { untilNextBreak: true }))}>
          Until next break
        </button>
      </div>
      <form onSubmit={startUntil} className="row" noValidate>
        <label htmlFor="end-time" className="inline-label">
          End time
        </label>
        <input
          id="end-time"
          type="text"
          inputMode="text"
          autoComplete="off"
          placeholder="1pm, 13:30"
          value={endTime}
          aria-invalid={!!error}
          aria-describedby={error ? 'start-error' : undefined}
          onChange={(e) => {
            setEndTime(e.target.value);
            setError(undefined);
          }}
        />
        <button type="submit" disabled={busy}>
          Focus until
        </button>
      </form>
      {error && (
        <p id="start-error" role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
