/** A web app whose notifications Heads Down holds during focus. */
export interface SitePreset {
  id: string;
  name: string;
  /** Match patterns (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns). */
  matches: string[];
}

export const SITE_PRESETS: readonly SitePreset[] = [
  { id: 'slack', name: 'Slack', matches: ['https://app.slack.com/*'] },
  {
    id: 'teams',
    name: 'Microsoft Teams',
    matches: ['https://teams.microsoft.com/*', 'https://teams.live.com/*', 'https://teams.cloud.microsoft/*'],
  },
  { id: 'gmail', name: 'Gmail', matches: ['https://mail.google.com/*'] },
];

/** Loopback fixture pages, present only in the e2e build. Any port matches. */
export const LOCAL_CHAT_PRESET: SitePreset = {
  id: 'local-chat',
  name: 'Local chat',
  matches: ['http://127.0.0.1/*'],
};

/** For the manifest (wxt.config.ts): where the hook and bridge run. */
export function getContentScriptMatches(includeLoopback: boolean): string[] {
  return (includeLoopback ? [...SITE_PRESETS, LOCAL_CHAT_PRESET] : SITE_PRESETS).flatMap((preset) => preset.matches);
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
  return url.hostname === host;
}

/** The app name shown in the digest for a sender origin; the hostname when no preset matches. */
export function getAppName(origin: string, presets: readonly SitePreset[]): string {
  const preset = presets.find((p) => p.matches.some((m) => originMatchesPattern(origin, m)));
  if (preset) return preset.name;
  try {
    return new URL(origin).hostname || origin;
  } catch {
    return origin;
  }
}
