import { useState, type FormEvent } from 'react';
import { systemClock, type Clock } from '@/lib/clock';
import { sendMessage, type QuestionResult } from '@/lib/messaging/protocol';
import { COPY_CHANNEL, EMAIL_CHANNEL } from '@/lib/queue/channels';
import { defaultNeededBy, effectiveTier } from '@/lib/queue/needed-by-default';
import { TEMPLATES, type TemplateId } from '@/lib/queue/templates';
import { formatResponseTime } from '@/lib/sla/tiers';
import { echoTime, parseTypedTime } from '@/lib/time/typed-time';
import { Field } from '../Field';
import { useQuestionDraft, type QuestionDraft } from './question-draft';
import type { QueueSettings } from './use-queue-settings';

interface Props {
  settings: QueueSettings;
  /** People asked before, for the Recipient suggestions. */
  recipients: string[];
  clock?: Clock;
  /** A wider layout (the compose page) than the popup's. */
  roomy?: boolean;
  onQueued?: (message: string) => void;
}

type SendAt = NonNullable<QuestionDraft['sendAt']>;

const SEND_WORDS: Record<SendAt, string> = {
  'block-end': 'When this focus block ends',
  'digest-time': 'At the next digest time',
  'not-before': 'Not before a time…',
};

/** "Thu, Dec 3 · 3:00 PM", or why the words are not a time. */
function echo(typed: string, settings: QueueSettings, clock: Clock): { text: string; error: boolean } | undefined {
  if (!typed.trim()) return undefined;
  const read = parseTypedTime(typed, { now: clock(), hours: settings.businessHours });
  return read.ok ? { text: read.echo, error: false } : { text: read.error, error: true };
}

/**
 * Write a question now, send it later. Times are typed in plain words and echoed back with their
 * weekday and date; nothing is queued until every field is right (the background checks again).
 */
export function QuestionComposer({ settings, recipients, clock = systemClock, roomy = false, onQueued }: Props) {
  const { draft, errors, set, setErrors, reset } = useQuestionDraft();
  const [busy, setBusy] = useState(false);
  const channels = [
    ...settings.delivery.webhooks.map((w) => ({ id: w.id, name: w.name })),
    { id: EMAIL_CHANNEL, name: 'Email' },
    { id: COPY_CHANNEL, name: 'Copy (paste it yourself)' },
  ];
  const channelId = channels.some((c) => c.id === draft.channelId) ? draft.channelId : settings.delivery.defaultChannelId;
  const tierId = settings.tiers.tiers.some((t) => t.id === draft.tierId) ? draft.tierId : settings.tiers.defaultTierId;
  const template = TEMPLATES[draft.template];
  const tier = effectiveTier(settings.tiers, tierId, draft.blocking);
  const defaultNeed = echoTime(defaultNeededBy(settings.tiers, tierId, draft.blocking, clock(), settings.businessHours));
  const needEcho = echo(draft.neededBy, settings, clock);
  // People asked before whose name starts like what is typed (a plain text box: no datalist, so
  // it stays a text box for everyone).
  const typed = draft.recipient.trim().toLowerCase();
  const suggestions = typed ? recipients.filter((r) => r.toLowerCase().startsWith(typed) && r.toLowerCase() !== typed).slice(0, 5) : [];
  const sendAt: SendAt = draft.sendAt ?? settings.delivery.sendAt;
  const sendEcho = sendAt === 'not-before' ? echo(draft.sendTime, settings, clock) : undefined;
  const described = (id: string, error?: string, hint?: string) => [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;

  const submit = async (now: boolean) => {
    setBusy(true);
    const request = {
      template: draft.template, text: draft.text, parts: draft.parts, recipient: draft.recipient, channelId, tierId,
      blocking: draft.blocking, neededBy: draft.neededBy, sendAt: now ? 'now' : sendAt, sendTime: draft.sendTime, context: draft.context,
    };
    let result: QuestionResult;
    try {
      result = draft.editingId ? await sendMessage('updateQuestion', { ...request, id: draft.editingId }) : await sendMessage('queueQuestion', request);
    } catch {
      result = { ok: false, errors: { form: 'Heads Down could not reach its background. Try again.' } };
    }
    setBusy(false);
    if (!result.ok) return setErrors(result.errors);
    reset();
    onQueued?.(now ? `Sending to ${draft.recipient.trim()} now.` : `Queued for ${draft.recipient.trim()}: ${SEND_WORDS[sendAt].toLowerCase().replace('…', '')}.`);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(false);
  };

  return (
    <form className={roomy ? 'panel composer roomy' : 'panel composer'} aria-label="Queue a question" onSubmit={onSubmit} noValidate>
      <h2>{draft.editingId ? 'Edit question' : 'Ask later'}</h2>
      <div className="row">
        <label className="inline-field">
          Template
          <select value={draft.template} onChange={(e) => set({ template: e.target.value as TemplateId }, 'text')}>
            {Object.values(TEMPLATES).map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <Field id="question" label={template.mainLabel} error={errors.text}>
        {(describedBy) => (
          <textarea id="question" rows={roomy ? 5 : 3} value={draft.text} aria-invalid={!!errors.text} aria-describedby={describedBy} onChange={(e) => set({ text: e.target.value }, 'text')} />
        )}
      </Field>
      {template.parts.map((part) => {
        const key = `parts.${part.key}`;
        const id = `part-${part.key}`;
        return (
          <Field key={part.key} id={id} label={part.label + (part.required ? '' : ' (optional)')} error={errors[key]}>
            {(describedBy) => (
              <textarea
                id={id}
                rows={part.lines ? 3 : 2}
                value={draft.parts[part.key] ?? ''}
                aria-invalid={!!errors[key]}
                aria-describedby={describedBy}
                onChange={(e) => set({ parts: { ...draft.parts, [part.key]: e.target.value } }, key)}
              />
            )}
          </Field>
        );
      })}
      {draft.context && (
        <div className="context" role="group" aria-label="Context">
          {draft.context.quote && <blockquote>{draft.context.quote}</blockquote>}
          {(draft.context.title || draft.context.url) && <p className="muted">{[draft.context.title, draft.context.url].filter(Boolean).join(' — ')}</p>}
          <button type="button" onClick={() => set({ context: undefined })}>
            Remove context
          </button>
        </div>
      )}
      <div className={roomy ? 'row' : undefined}>
        <Field id="recipient" label="Recipient" error={errors.recipient}>
          {(describedBy) => (
            <>
              <input id="recipient" type="text" autoComplete="off" value={draft.recipient} aria-invalid={!!errors.recipient} aria-describedby={describedBy} onChange={(e) => set({ recipient: e.target.value }, 'recipient')} />
              {suggestions.length > 0 && (
                <div className="row suggestions" role="group" aria-label="People you asked before">
                  {suggestions.map((r) => (
                    <button key={r} type="button" onClick={() => set({ recipient: r }, 'recipient')}>
                      {r}
                    </button>
                  ))}
                </div>
              )}
            </>
          )}
        </Field>
        <Field id="channel" label="Channel" error={errors.channelId}>
          {(describedBy) => (
            <select id="channel" value={channelId} aria-describedby={describedBy} onChange={(e) => set({ channelId: e.target.value }, 'channelId')}>
              {channels.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="row">
        <label className="inline-field">
          Tier
          <select value={tierId} onChange={(e) => set({ tierId: e.target.value }, 'tierId')}>
            {settings.tiers.tiers.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name} ({formatResponseTime(t.response)})
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={draft.blocking} onChange={(e) => set({ blocking: e.target.checked })} />
          Blocking me
        </label>
      </div>
      <div className="field">
        <label htmlFor="needed-by">Needed by</label>
        <input
          id="needed-by"
          type="text"
          autoComplete="off"
          placeholder={`${tier.name}: ${defaultNeed}`}
          value={draft.neededBy}
          aria-invalid={!!errors.neededBy || needEcho?.error}
          aria-describedby={described('needed-by', errors.neededBy, 'hint')}
          onChange={(e) => set({ neededBy: e.target.value }, 'neededBy')}
        />
        <p id="needed-by-hint" className={needEcho?.error ? 'error' : 'muted'} aria-live="polite">
          {needEcho ? needEcho.text : `Empty: ${defaultNeed} (${tier.name}${draft.blocking ? ', one tier sooner for blocking' : ''}). Words work: “Thu 3pm”, “tomorrow EOD”.`}
        </p>
        {errors.neededBy && (
          <p id="needed-by-error" className="error" role="alert">
            {errors.neededBy}
          </p>
        )}
      </div>
      <div className="row">
        <label className="inline-field">
          Send
          <select value={sendAt} onChange={(e) => set({ sendAt: e.target.value as SendAt }, 'sendTime')}>
            {(Object.keys(SEND_WORDS) as SendAt[]).map((k) => (
              <option key={k} value={k}>
                {SEND_WORDS[k]}
              </option>
            ))}
          </select>
        </label>
        {sendAt === 'not-before' && (
          <label className="inline-field">
            Not before
            <input type="text" autoComplete="off" value={draft.sendTime} aria-invalid={!!errors.sendTime || sendEcho?.error} aria-describedby={described('send-time', errors.sendTime, 'hint')} onChange={(e) => set({ sendTime: e.target.value }, 'sendTime')} />
          </label>
        )}
      </div>
      {sendAt === 'not-before' && (
        <p id="send-time-hint" className={sendEcho?.error ? 'error' : 'muted'} aria-live="polite">
          {sendEcho?.text ?? 'Type a time: “Thu 9am”, “after lunch” is not one.'}
        </p>
      )}
      {errors.sendTime && (
        <p id="send-time-error" className="error" role="alert">
          {errors.sendTime}
        </p>
      )}
      {errors.form && (
        <p className="error" role="alert">
          {errors.form}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {draft.editingId ? 'Save question' : 'Queue question'}
        </button>
        {!draft.editingId && (
          <button type="button" disabled={busy} onClick={() => void submit(true)}>
            Send now
          </button>
        )}
        {draft.editingId && (
          <button type="button" onClick={() => reset()}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
