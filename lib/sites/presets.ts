/** A web app whose notifications Heads Down holds during focus. */
export interface SitePreset {
  id: string;
  name: string;
  /** Path of the app's icon in the extension (public/apps). */
  icon: string;
  /** Match patterns (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns). */
  matches: string[];
}

const preset = (id: string, name: string, matches: string[]): SitePreset => ({ id, name, icon: `/apps/${id}.svg`, matches });

// On by default; each can be turned off on the options page.
export const SITE_PRESETS: readonly SitePreset[] = [
  preset('slack', 'Slack', ['https://app.slack.com/*']),
  preset('teams', 'Microsoft Teams', ['https://teams.microsoft.com/*', 'https://teams.cloud.microsoft/*']),
  preset('teams-personal', 'Microsoft Teams (personal)', ['https://teams.live.com/*']),
  preset('gmail', 'Gmail', ['https://mail.google.com/*']),
  preset('google-chat', 'Google Chat', ['https://chat.google.com/*']),
  preset('outlook', 'Outlook', ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.cloud.microsoft/*']),
  preset('outlook-personal', 'Outlook.com', ['https://outlook.live.com/*']),
  preset('discord', 'Discord', ['https://discord.com/*']),
  preset('whatsapp', 'WhatsApp', ['https://web.whatsapp.com/*']),
  preset('telegram', 'Telegram', ['https://web.telegram.org/*']),
];

/** Loopback fixture pages, present only in the e2e build. Any port matches. */
export const LOCAL_CHAT_PRESET: SitePreset = preset('local-chat', 'Local chat', ['http://127.0.0.1/*']);

/** For the manifest (wxt.config.ts): where the hook and bridge run. */
export function getContentScriptMatches(includeLoopback: boolean): string[] {
  return (includeLoopback ? [...SITE_PRESETS, LOCAL_CHAT_PRESET] : SITE_PRESETS).flatMap((p) => p.matches);
}

/** Does an http(s) origin such as "https://app.slack.com" fall under a match pattern? */
export function originMatchesPattern(origin: string, pattern: string): boolean {
  const parsed = /^(\*|https?):\/\/(\*|\*\.[^/]+|[^/*]+)\//.exec(pattern);
  if (!parsed) return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  const [, scheme, host] = parsed as unknown as [string, string, string];
  const urlScheme = url.protocol.slice(0, -1);
  if (scheme === '*' ? !['http', 'https'].includes(urlScheme) : scheme !== urlScheme) return false;
  if (host === '*') return true;
  if (host.startsWith('*.')) {
    const base = host.slice(2);
    return url.hostname === base || url.hostname.endsWith(`.${base}`);
  }
  // A pattern's host may carry a port ("localhost:8065"); without one, any port matches.
  return host.includes(':') ? url.host === host : url.hostname === host;
}

export function findPreset(origin: string, presets: readonly SitePreset[]): SitePreset | undefined {
  return presets.find((p) => p.matches.some((m) => originMatchesPattern(origin, m)));
}

/** The app name shown in the digest for a sender origin; the hostname when no preset matches. */
export function getAppName(origin: string, presets: readonly SitePreset[]): string {
  const found = findPreset(origin, presets);
  if (found) return found.name;
  try {
    return new URL(origin).hostname || origin;
  } catch {
    return origin;
  }
}
