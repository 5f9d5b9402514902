/** A webhook the user added on the options page, by name. */
export type WebhookKind = 'slack' | 'mattermost' | 'discord' | 'teams' | 'generic';

export interface Webhook {
  id: string;
  name: string;
  kind: WebhookKind;
  url: string;
}

/** How email goes out: a prefilled compose window; the user presses Send there. */
export type EmailApp = 'gmail' | 'outlook' | 'mailto';

export const EMAIL_CHANNEL = 'email';
export const COPY_CHANNEL = 'copy';

export const WEBHOOK_KIND_NAMES: Record<WebhookKind, string> = {
  slack: 'Slack',
  mattermost: 'Mattermost',
  discord: 'Discord',
  teams: 'Microsoft Teams (Workflows)',
  generic: 'Other (JSON)',
};

/** The kind a webhook address shows: Slack, Discord and Teams Workflows by host, Mattermost by path. */
export function guessWebhookKind(url: string): WebhookKind {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'generic';
  }
  const host = parsed.hostname.toLowerCase();
  if (host === 'hooks.slack.com') return 'slack';
  if ((host === 'discord.com' || host === 'discordapp.com') && parsed.pathname.startsWith('/api/webhooks/')) return 'discord';
  if (host.endsWith('.logic.azure.com') || host.endsWith('.powerplatform.com') || host.endsWith('.powerautomate.com')) return 'teams';
  if (/^\/hooks\/[a-z0-9]+$/i.test(parsed.pathname)) return 'mattermost';
  return 'generic';
}

export type WebhookUrlCheck = { ok: true; url: string; origin: string } | { ok: false; error: string };

/**
 * A webhook address as typed. https only: the message goes to the open internet. Loopback over
 * http is allowed where the build says so (the end-to-end tests' own server).
 */
export function checkWebhookUrl(typed: string, { allowLoopback = false } = {}): WebhookUrlCheck {
  let url: URL;
  try {
    url = new URL(typed.trim());
  } catch {
    return { ok: false, error: 'Paste the whole webhook address, starting with https://.' };
  }
  const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
  if (url.protocol !== 'https:' && !(allowLoopback && loopback && url.protocol === 'http:')) return { ok: false, error: 'A webhook address starts with https://.' };
  if (url.username || url.password) return { ok: false, error: 'A webhook address carries no user name or password.' };
  if (url.href.length > 2_000) return { ok: false, error: 'That address is too long.' };
  return { ok: true, url: url.href, origin: url.origin };
}

/** The host permission a webhook needs: posting from the background needs access to that host. */
export const hostPatternOf = (origin: string) => `${new URL(origin).protocol}//${new URL(origin).hostname}/*`;
