import type { QueuedQuestion } from '@/lib/queue/question';
import { formatNeededBy } from '@/lib/queue/question';

/** The user's own waiting questions, most pressing first. Text is rendered as text, never HTML. */
export function QuestionList({ questions }: { questions: QueuedQuestion[] }) {
  if (questions.length === 0) return <p className="muted">No questions queued.</p>;
  return (
    <ul className="list" aria-label="Queued questions">
      {questions.map((q) => (
        <li key={q.id} className="item">
          <p className="item-title">{q.text}</p>
          <p className="muted">
            To {q.recipient} · {formatNeededBy(new Date(q.neededBy))}
          </p>
        </li>
      ))}
    </ul>
  );
}
