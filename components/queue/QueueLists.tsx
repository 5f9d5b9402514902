import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '@/lib/db/app-db';
import { listOpenMessages } from '@/lib/db/outbox-repo';
import { listQueuedQuestions, listWaitingOn } from '@/lib/db/questions-repo';
import { sendMessage, type OutboxAction } from '@/lib/messaging/protocol';
import type { OutboxMessage } from '@/lib/queue/outbox';
import { formatNeededBy, type QueuedQuestion } from '@/lib/queue/question';
import { useNow } from '../use-now';
import { useQuestionDraft } from './question-draft';

const STATE_WORDS: Record<OutboxMessage['state'], string> = {
  ready: 'about to go',
  sending: 'sending…',
  retrying: 'will try again',
  attention: 'needs you',
  late: 'late: send, reschedule or drop?',
  sent: 'sent',
  dropped: 'dropped',
};

const by = (m: OutboxMessage) => (m.destination.kind === 'webhook' ? m.destination.name : m.destination.kind === 'email' ? 'Email' : 'Copy');

function lateBy(m: OutboxMessage, now: number): string {
  const minutes = Math.round((now - m.dueAt) / 60_000);
  return minutes < 90 ? `${minutes} min` : `${Math.round(minutes / 60)} h`;
}

/** A queued question's line: to whom, when it is needed, whether it blocks. Text as text. */
function QuestionLine({ q }: { q: QueuedQuestion }) {
  return (
    <>
      <p className="item-title">{q.text}</p>
      <p className="muted">
        To {q.recipient} · {formatNeededBy(new Date(q.neededBy))}
        {q.blocking && <strong className="blocking"> · Blocking me</strong>}
      </p>
    </>
  );
}

function OutboxItem({ message, now }: { message: OutboxMessage; now: number }) {
  const [error, setError] = useState('');
  const [rescheduling, setRescheduling] = useState(false);
  const [until, setUntil] = useState('');
  const act = async (action: OutboxAction, extra: { until?: string } = {}) => {
    const result = await sendMessage('outboxAction', { id: message.id, action, ...extra }).catch(() => ({ ok: false, error: 'Heads Down could not reach its background.' }));
    setError(result.ok ? '' : (result.error ?? 'That did not work.'));
    if (result.ok) setRescheduling(false);
  };
  const name = `to ${message.recipient}`;
  return (
    <li className="item">
      <p className="item-title">
        To {message.recipient} by {by(message)} · {message.questionIds.length} {message.questionIds.length === 1 ? 'question' : 'questions'}
      </p>
      <p className={message.state === 'attention' || message.state === 'late' ? 'error' : 'muted'}>
        {message.state === 'late' ? `Late by ${lateBy(message, now)}: send, reschedule or drop?` : STATE_WORDS[message.state]}
        {message.state === 'retrying' && message.nextAttemptAt ? ` at ${new Date(message.nextAttemptAt).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' })}` : ''}
        {message.problem ? ` — ${message.problem}` : ''}
      </p>
      <details>
        <summary>The message</summary>
        <pre className="message-text">{message.text}</pre>
      </details>
      <div className="row">
        {message.state === 'late' ? (
          <button type="button" onClick={() => void act('send')}>
            Send<span className="visually-hidden"> {name}</span>
          </button>
        ) : (
          <button type="button" onClick={() => void act('retry')}>
            Retry<span className="visually-hidden"> {name}</span>
          </button>
        )}
        {message.state === 'attention' && (
          <button type="button" onClick={() => void act('markSent')}>
            Mark sent<span className="visually-hidden"> {name}</span>
          </button>
        )}
        <button type="button" onClick={() => setRescheduling(!rescheduling)}>
          Reschedule<span className="visually-hidden"> {name}</span>
        </button>
        <button type="button" onClick={() => void act('drop')}>
          Delete<span className="visually-hidden"> {name}</span>
        </button>
      </div>
      {rescheduling && (
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            void act('reschedule', { until });
          }}
        >
          <label className="inline-field">
            Send not before
            <input type="text" value={until} onChange={(e) => setUntil(e.target.value)} placeholder="tomorrow 9am" />
          </label>
          <button type="submit">Reschedule</button>
        </form>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}

/** The queue, the outbox and what the user waits on: the popup's and the digest's lists. */
export function QueueLists() {
  const now = useNow(30_000).getTime();
  const queued = useLiveQuery(() => listQueuedQuestions(db)) ?? [];
  const outbox = useLiveQuery(() => listOpenMessages(db)) ?? [];
  const waiting = useLiveQuery(() => listWaitingOn(db)) ?? [];
  const editDraft = useQuestionDraft((s) => s.reset);
  const edit = (q: QueuedQuestion) =>
    editDraft({
      template: q.template, text: q.text, parts: q.parts ?? {}, recipient: q.recipient, channelId: q.channelId, tierId: q.tierId, blocking: q.blocking,
      neededBy: new Date(q.neededBy).toLocaleString('en-US', { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }).replace(',', ''),
      sendAt: q.send.at === 'now' ? 'block-end' : q.send.at, sendTime: q.send.at === 'not-before' ? new Date(q.send.time).toLocaleString('en-US') : '',
      ...(q.context ? { context: q.context } : {}), editingId: q.id,
    });
  return (
    <>
      <section className="panel" aria-label="Question queue">
        <h2>Queued</h2>
        {queued.length === 0 ? (
          <p className="muted">No questions queued.</p>
        ) : (
          <ul className="list" aria-label="Queued questions">
            {queued.map((q) => (
              <li key={q.id} className="item">
                <QuestionLine q={q} />
                <div className="row">
                  <button type="button" onClick={() => void sendMessage('sendQuestionNow', { id: q.id! })}>
                    Send now<span className="visually-hidden"> {q.text}</span>
                  </button>
                  <button type="button" onClick={() => edit(q)}>
                    Edit<span className="visually-hidden"> {q.text}</span>
                  </button>
                  <button type="button" onClick={() => void sendMessage('dropQuestion', { id: q.id! })}>
                    Delete<span className="visually-hidden"> {q.text}</span>
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      {outbox.length > 0 && (
        <section className="panel" aria-label="Outbox">
          <h2>Outbox</h2>
          <ul className="list" aria-label="Messages on their way">
            {outbox.map((m) => (
              <OutboxItem key={m.id} message={m} now={now} />
            ))}
          </ul>
        </section>
      )}
      {waiting.length > 0 && (
        <section className="panel" aria-label="Waiting on">
          <h2>Waiting on</h2>
          <ul className="list" aria-label="Waiting on answers">
            {waiting.map((q) => {
              const overdue = q.neededBy <= now;
              return (
                <li key={q.id} className="item">
                  <QuestionLine q={q} />
                  {overdue && <p className="error">Overdue: no answer by its needed-by time.</p>}
                  <button type="button" onClick={() => void sendMessage('answerQuestion', { id: q.id! })}>
                    Mark answered<span className="visually-hidden"> {q.text}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </>
  );
}
