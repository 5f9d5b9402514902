import type { FormEvent } from 'react';
import { endOfBusinessDay, type WorkingHours } from '@/lib/time/business-time';
import { toLocalDateTimeValue, validateQuestion, type QueuedQuestion } from '@/lib/queue/question';
import type { Clock } from '@/lib/clock';
import { Field } from './Field';
import { useQuestionDraft } from './question-draft-store';

interface Props {
  clock: Clock;
  /** The Standard tier's default: the end of the business day. */
  hours: WorkingHours;
  onQueue: (question: QueuedQuestion) => Promise<unknown>;
}

/** Write a question now, send it later: nothing is queued until every field is valid. */
export function QuestionComposer({ clock, hours, onQueue }: Props) {
  const { draft, errors, setField, setErrors, reset } = useQuestionDraft();
  const neededBy = draft.neededBy || toLocalDateTimeValue(endOfBusinessDay(clock(), hours));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validateQuestion({ ...draft, neededBy }, clock());
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    await onQueue(result.question);
    reset('');
  };

  return (
    <form className="panel" aria-label="Queue a question" onSubmit={submit} noValidate>
      <h2>Ask later</h2>
      <Field id="question" label="Question" error={errors.text}>
        {(describedBy) => (
          <textarea
            id="question"
            rows={3}
            value={draft.text}
            aria-invalid={!!errors.text}
            aria-describedby={describedBy}
            onChange={(e) => setField('text', e.target.value)}
          />
        )}
      </Field>
      <Field id="recipient" label="Recipient" error={errors.recipient}>
        {(describedBy) => (
          <input
            id="recipient"
            type="text"
            value={draft.recipient}
            aria-invalid={!!errors.recipient}
            aria-describedby={describedBy}
            onChange={(e) => setField('recipient', e.target.value)}
          />
        )}
      </Field>
      <Field id="needed-by" label="Needed by" error={errors.neededBy}>
        {(describedBy) => (
          <input
            id="needed-by"
            type="datetime-local"
            value={neededBy}
            aria-invalid={!!errors.neededBy}
            aria-describedby={describedBy}
            onChange={(e) => setField('neededBy', e.target.value)}
          />
        )}
      </Field>
      <button type="submit" className="primary">
        Queue question
      </button>
    </form>
  );
}
