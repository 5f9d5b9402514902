import type { ComposedMessage } from './compose-message';
import type { EmailApp, WebhookKind } from './channels';

/** Each service's limit on one post; longer messages go as several, in order. */
const LIMITS: Record<WebhookKind, number> = { slack: 3_900, mattermost: 16_000, discord: 2_000, teams: 20_000, generic: 20_000 };

/** Cuts text into pieces of at most `max` characters, at line ends where it can, else at spaces. */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    let cut = window.lastIndexOf('\n');
    if (cut < max / 2) cut = window.lastIndexOf(' ');
    if (cut < max / 2) cut = max;
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^[\n ]/, '');
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/**
 * The JSON bodies to post for a message, in order: Slack and Mattermost take {"text"}, Discord
 * {"content"} (2,000 characters a post), Microsoft Teams Workflows the Adaptive Card envelope,
 * and anything else a plain JSON object with the text and who it is for.
 */
export function webhookBodies(kind: WebhookKind, message: Pick<ComposedMessage, 'text' | 'recipient' | 'subject'>): string[] {
  return splitText(message.text, LIMITS[kind]).map((text) => {
    switch (kind) {
      case 'slack':
      case 'mattermost':
        return JSON.stringify({ text });
      case 'discord':
        // No pings from a pasted "@everyone" in a question.
        return JSON.stringify({ content: text, allowed_mentions: { parse: [] } });
      case 'teams':
        return JSON.stringify({
          type: 'message',
          attachments: [
            {
              contentType: 'application/vnd.microsoft.card.adaptive',
              contentUrl: null,
              content: {
                $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
                type: 'AdaptiveCard',
                version: '1.4',
                body: text.split('\n\n').map((para) => ({ type: 'TextBlock', text: para, wrap: true })),
              },
            },
          ],
        });
      case 'generic':
        return JSON.stringify({ recipient: message.recipient, subject: message.subject, text });
    }
  });
}

/** A compose window with the message filled in: Gmail, Outlook on the web, or the mail app. */
export function emailComposeUrl(app: EmailApp, message: Pick<ComposedMessage, 'text' | 'recipient' | 'subject'>): string {
  const to = /^[^\s@]+@[^\s@]+$/.test(message.recipient.trim()) ? message.recipient.trim() : '';
  const q = (params: Record<string, string>) => new URLSearchParams(params).toString().replace(/\+/g, '%20');
  switch (app) {
    case 'gmail':
      return `https://mail.google.com/mail/?${q({ view: 'cm', fs: '1', to, su: message.subject, body: message.text })}`;
    case 'outlook':
      return `https://outlook.office.com/mail/deeplink/compose?${q({ to, subject: message.subject, body: message.text })}`;
    case 'mailto':
      return `mailto:${encodeURIComponent(to)}?${q({ subject: message.subject, body: message.text })}`;
  }
}
