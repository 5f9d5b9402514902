import { useState } from 'react';
import { browser } from 'wxt/browser';
import { sendMessage, type SaveSettingsResult } from '@/lib/messaging/protocol';
import { checkWebhookUrl, COPY_CHANNEL, EMAIL_CHANNEL, guessWebhookKind, hostPatternOf, WEBHOOK_KIND_NAMES, type WebhookKind } from '@/lib/queue/channels';
import { FieldError, idFor } from './FieldError';
import type { EditorProps } from './SettingsSection';
import { useOptions } from './settings-store';

const KINDS = Object.keys(WEBHOOK_KIND_NAMES) as WebhookKind[];

/** Where queued questions go: webhooks by name, email, or the clipboard; and when they go. */
export function DeliveryEditor({ value, edit, errors }: EditorProps<'delivery'>) {
  const adoptWebhooks = useOptions((s) => s.adoptWebhooks);
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const [kind, setKind] = useState<WebhookKind | ''>('');
  const [message, setMessage] = useState<{ error: boolean; text: string }>();

  const add = async () => {
    const checked = checkWebhookUrl(url, { allowLoopback: import.meta.env.MODE === 'e2e' });
    if (!name.trim()) return setMessage({ error: true, text: 'Name the webhook, like “Team Slack”.' });
    if (!checked.ok) return setMessage({ error: true, text: checked.error });
    // Asked while the click counts as the user's gesture: posting from the background needs the host.
    const granted = await browser.permissions.request({ origins: [hostPatternOf(checked.origin)] }).catch(() => false);
    if (!granted) return setMessage({ error: true, text: `Access to ${new URL(checked.url).host} was not granted, so the webhook was not added.` });
    const result: SaveSettingsResult = await sendMessage('addWebhook', { name, url, ...(kind ? { kind } : {}) }).catch(() => ({ ok: false, errors: {}, message: 'Heads Down could not reach its background.' }));
    if (!result.ok) return setMessage({ error: true, text: result.message });
    await adoptWebhooks();
    setMessage({ error: false, text: `Added ${name.trim()}.` });
    setName('');
    setUrl('');
    setKind('');
  };
  const remove = async (id: string, label: string) => {
    const result = await sendMessage('removeWebhook', { id }).catch(() => ({ ok: false as const, errors: {}, message: 'Heads Down could not reach its background.' }));
    if (!result.ok) return setMessage({ error: true, text: result.message });
    await adoptWebhooks();
    setMessage({ error: false, text: `Removed ${label}. Questions queued for it go by Copy.` });
  };

  const channels = [...value.webhooks.map((w) => ({ id: w.id, name: w.name })), { id: EMAIL_CHANNEL, name: 'Email' }, { id: COPY_CHANNEL, name: 'Copy' }];
  return (
    <>
      {value.webhooks.length === 0 ? (
        <p className="muted">No webhooks yet. Slack, Mattermost, Discord and Microsoft Teams (Workflows) give you a webhook address for a channel or a person.</p>
      ) : (
        <ul className="list" aria-label="Webhooks">
          {value.webhooks.map((w, i) => (
            <li key={w.id} className="row">
              <label className="inline-field">
                Name
                <input type="text" value={w.name} aria-label={`Name of webhook ${i + 1}`} onChange={(e) => edit((d) => void (d.webhooks[i]!.name = e.target.value), `delivery.webhooks.${i}.name`)} />
              </label>
              <label className="inline-field">
                Kind
                <select value={w.kind} aria-label={`Kind of ${w.name}`} onChange={(e) => edit((d) => void (d.webhooks[i]!.kind = e.target.value as WebhookKind))}>
                  <KindOptions />
                </select>
              </label>
              <span className="muted">{new URL(w.url).host}</span>
              <button type="button" onClick={() => void remove(w.id, w.name)}>
                Remove<span className="visually-hidden"> {w.name}</span>
              </button>
              <FieldError id={idFor(`delivery.webhooks.${i}.name`)} message={errors[`delivery.webhooks.${i}.name`]} />
            </li>
          ))}
        </ul>
      )}
      <div className="row" role="group" aria-label="Add a webhook">
        <label className="inline-field">
          Name
          <input type="text" value={name} placeholder="Team Slack" onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="inline-field">
          Webhook URL
          <input type="url" value={url} placeholder="https://hooks.slack.com/services/…" onChange={(e) => setUrl(e.target.value)} />
        </label>
        <label className="inline-field">
          Kind
          <select value={kind} onChange={(e) => setKind(e.target.value as WebhookKind | '')}>
            <option value="">From the address{url ? ` (${WEBHOOK_KIND_NAMES[guessWebhookKind(url)]})` : ''}</option>
            <KindOptions />
          </select>
        </label>
        <button type="button" onClick={() => void add()}>
          Add webhook
        </button>
      </div>
      {message && (
        <p className={message.error ? 'error' : 'muted'} role={message.error ? 'alert' : undefined} aria-live="polite">
          {message.text}
        </p>
      )}
      <div className="row">
        <label className="inline-field">
          Email opens in
          <select value={value.email} onChange={(e) => edit((d) => void (d.email = e.target.value as typeof d.email))}>
            <option value="gmail">Gmail</option>
            <option value="outlook">Outlook on the web</option>
            <option value="mailto">My mail app</option>
          </select>
        </label>
        <label className="inline-field">
          New questions go by
          <select value={value.defaultChannelId} onChange={(e) => edit((d) => void (d.defaultChannelId = e.target.value), 'delivery.defaultChannelId')}>
            {channels.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          Questions go out
          <select value={value.sendAt} onChange={(e) => edit((d) => void (d.sendAt = e.target.value as typeof d.sendAt))}>
            <option value="block-end">when my focus block ends</option>
            <option value="digest-time">at the next digest time</option>
          </select>
        </label>
      </div>
      <FieldError id={idFor('delivery.defaultChannelId')} message={errors['delivery.defaultChannelId']} />
    </>
  );
}

const KindOptions = () =>
  KINDS.map((k) => (
    <option key={k} value={k}>
      {WEBHOOK_KIND_NAMES[k]}
    </option>
  ));
