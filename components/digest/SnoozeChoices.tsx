import { useState } from 'react';
import { getSnoozeEnd, type SnoozeChoice, type SnoozeContext } from '@/lib/digest/snooze-times';
import { echoTime } from '@/lib/time/typed-time';

interface Props {
  label: string;
  context: SnoozeContext;
  onSnooze: (until: Date) => void;
  onCancel: () => void;
}

/** Snooze choices for an entry or a group: the presets, or a time typed in plain words. */
export function SnoozeChoices({ label, context, onSnooze, onCancel }: Props) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState('');
  const pick = (choice: SnoozeChoice) => {
    const end = getSnoozeEnd(choice, context, typed);
    if (end.ok) onSnooze(end.at);
    else setError(end.error);
  };
  const hour = getSnoozeEnd('hour', context);
  const tomorrow = getSnoozeEnd('tomorrow', context);
  const block = getSnoozeEnd('after-block', context);
  return (
    <div className="snooze" role="group" aria-label={`Snooze ${label}`} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <button type="button" autoFocus onClick={() => pick('hour')}>
        1 hour{hour.ok ? ` (${echoTime(hour.at)})` : ''}
      </button>
      {block.ok && (
        <button type="button" onClick={() => pick('after-block')}>
          After this block ({echoTime(block.at)})
        </button>
      )}
      <button type="button" onClick={() => pick('tomorrow')}>
        Tomorrow morning{tomorrow.ok ? ` (${echoTime(tomorrow.at)})` : ''}
      </button>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          pick('typed');
        }}
      >
        <input aria-label="Snooze until" placeholder="e.g. Thu 3pm" value={typed} onChange={(e) => (setTyped(e.target.value), setError(''))} aria-invalid={!!error} />
        <button type="submit">Snooze until</button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </form>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
