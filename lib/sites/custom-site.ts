import { originMatchesPattern, type SitePreset } from './presets';

/** A self-hosted app the user added (Mattermost, Zulip, Rocket.Chat, Element …). */
export interface CustomSite {
  id: string;
  name: string;
  /** A match pattern for one host: "https://chat.example.com/*". */
  pattern: string;
}

export type SiteInput = { ok: true; pattern: string; name: string } | { ok: false; error: string };

/**
 * What a user types as a site: "chat.example.com", "https://chat.example.com/channels/x",
 * "http://localhost:8065" or a pattern "https://*.example.com/*". One host (or one domain with
 * its subdomains) at a time, web pages only: a site is never "every site".
 */
export function parseSiteInput(text: string): SiteInput {
  const typed = text.trim();
  if (!typed) return { ok: false, error: 'Type the address of the app, like chat.example.com.' };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(typed) ? typed : `https://${typed}`;
  const wildcard = /^(https?):\/\/\*\.([^/]+)/i.exec(withScheme);
  if (wildcard) {
    const [, scheme, domain] = wildcard as unknown as [string, string, string];
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(domain)) return { ok: false, error: `“${typed}” is not a domain.` };
    return { ok: true, pattern: `${scheme.toLowerCase()}://*.${domain.toLowerCase()}/*`, name: domain.toLowerCase() };
  }
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, error: `“${typed}” is not a web address.` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, error: 'Only web addresses (https:// or http://) can be added.' };
  if (!url.hostname || url.hostname.includes('*')) return { ok: false, error: `“${typed}” is not a web address.` };
  // Match patterns take no port: the host covers every port, as the browser grants it.
  return { ok: true, pattern: `${url.protocol}//${url.hostname}/*`, name: url.host };
}

/** A custom site named and matched like a preset, with the generic icon. */
export function customSiteAsPreset(site: CustomSite): SitePreset {
  return { id: site.id, name: site.name, icon: '/apps/custom.svg', matches: [site.pattern] };
}

/**
 * The preset a custom pattern would also cover ("*.slack.com" covers Slack), if any: such a site
 * would get the hook twice, so it is refused, and the preset is the way to cover it.
 */
export function findOverlappingPreset(pattern: string, presets: readonly SitePreset[]): SitePreset | undefined {
  const parsed = /^(https?):\/\/(\*\.)?([^/]+)\//.exec(pattern);
  if (!parsed) return undefined;
  const [, scheme, wildcard, host] = parsed as unknown as [string, string, string | undefined, string];
  return presets.find((preset) =>
    preset.matches.some((m) => {
      const presetHost = /^[^:]+:\/\/([^/]+)\//.exec(m)?.[1] ?? '';
      if (wildcard) return presetHost === host || presetHost.endsWith(`.${host}`);
      return originMatchesPattern(`${scheme}://${host}`, m);
    }),
  );
}
