import { browser } from 'wxt/browser';
import type { Clock } from '@/lib/clock';
import type { SaveSettingsResult } from '@/lib/messaging/protocol';
import { checkWebhookUrl, guessWebhookKind, hostPatternOf, type Webhook, type WebhookKind } from '@/lib/queue/channels';
import { changeSection } from './settings-writer';

const KINDS: WebhookKind[] = ['slack', 'mattermost', 'discord', 'teams', 'generic'];

/**
 * A webhook the user added under Delivery channels, after the browser granted its host (asked by
 * the page while the click counts as the user's gesture). Checked again here.
 */
export async function addWebhook(data: unknown, clock: Clock): Promise<SaveSettingsResult> {
  const { name, url, kind } = (data ?? {}) as { name?: unknown; url?: unknown; kind?: unknown };
  const refuse = (message: string, field = 'delivery.newWebhook'): SaveSettingsResult => ({ ok: false, errors: { [field]: message }, message });
  const label = typeof name === 'string' ? name.trim() : '';
  if (!label) return refuse('Name the webhook, like “Team Slack”.', 'delivery.newWebhook.name');
  const checked = checkWebhookUrl(typeof url === 'string' ? url : '', { allowLoopback: import.meta.env.MODE === 'e2e' });
  if (!checked.ok) return refuse(checked.error, 'delivery.newWebhook.url');
  if (!(await browser.permissions.contains({ origins: [hostPatternOf(checked.origin)] }))) {
    return refuse(`Access to ${new URL(checked.url).host} was not granted, so the webhook was not added.`, 'delivery.newWebhook.url');
  }
  const webhook: Webhook = {
    id: `hook-${clock().getTime().toString(36)}`,
    name: label,
    kind: KINDS.includes(kind as WebhookKind) ? (kind as WebhookKind) : guessWebhookKind(checked.url),
    url: checked.url,
  };
  return changeSection('delivery', (d) => ({ ...d, webhooks: [...d.webhooks, webhook], defaultChannelId: d.webhooks.length === 0 ? webhook.id : d.defaultChannelId }), clock);
}

/** Removing a webhook: questions queued for it go by Copy instead, so none is lost. */
export function removeWebhook(data: unknown, clock: Clock): Promise<SaveSettingsResult> {
  const id = (data as { id?: unknown } | undefined)?.id;
  return changeSection(
    'delivery',
    (d) => {
      const webhooks = d.webhooks.filter((w) => w.id !== id);
      return { ...d, webhooks, defaultChannelId: webhooks.some((w) => w.id === d.defaultChannelId) || !d.defaultChannelId.startsWith('hook-') ? d.defaultChannelId : 'copy' };
    },
    clock,
  );
}
