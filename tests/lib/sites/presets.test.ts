import { describe, expect, test } from 'vitest';
import { SITE_PRESETS, getAppName, getContentScriptMatches, originMatchesPattern } from '@/lib/sites/presets';

describe('originMatchesPattern', () => {
  test.each([
    { name: 'exact host', origin: 'https://app.slack.com', pattern: 'https://app.slack.com/*', match: true },
    { name: 'exact host with a port', origin: 'https://app.slack.com:8443', pattern: 'https://app.slack.com/*', match: true },
    { name: 'wrong scheme', origin: 'http://app.slack.com', pattern: 'https://app.slack.com/*', match: false },
    { name: 'other host', origin: 'https://slack.com', pattern: 'https://app.slack.com/*', match: false },
    { name: 'look-alike suffix host', origin: 'https://app.slack.com.evil.test', pattern: 'https://app.slack.com/*', match: false },
    { name: 'userinfo trick', origin: 'https://app.slack.com@evil.test', pattern: 'https://app.slack.com/*', match: false },
    { name: '*:// with https', origin: 'https://mail.google.com', pattern: '*://mail.google.com/*', match: true },
    { name: '*:// with http', origin: 'http://mail.google.com', pattern: '*://mail.google.com/*', match: true },
    { name: '*:// never matches ftp', origin: 'ftp://mail.google.com', pattern: '*://mail.google.com/*', match: false },
    { name: '*.domain with a subdomain', origin: 'https://chat.example.com', pattern: 'https://*.example.com/*', match: true },
    { name: '*.domain with a deep subdomain', origin: 'https://a.b.example.com', pattern: 'https://*.example.com/*', match: true },
    { name: '*.domain with the bare domain', origin: 'https://example.com', pattern: 'https://*.example.com/*', match: true },
    { name: '*.domain with a look-alike', origin: 'https://badexample.com', pattern: 'https://*.example.com/*', match: false },
    { name: 'any host', origin: 'https://anything.test', pattern: 'https://*/*', match: true },
    { name: 'loopback on any port', origin: 'http://127.0.0.1:5173', pattern: 'http://127.0.0.1/*', match: true },
    { name: 'loopback without a port', origin: 'http://127.0.0.1', pattern: 'http://127.0.0.1/*', match: true },
    { name: 'garbage origin', origin: 'not an origin', pattern: 'https://app.slack.com/*', match: false },
    { name: 'garbage pattern', origin: 'https://app.slack.com', pattern: '<all_urls>', match: false },
  ])('$name -> $match', ({ origin, pattern, match }) => {
    expect(originMatchesPattern(origin, pattern)).toBe(match);
  });
});

describe('getAppName', () => {
  test.each([
    { name: 'Slack', origin: 'https://app.slack.com', app: 'Slack' },
    { name: 'Teams for personal accounts', origin: 'https://teams.live.com', app: 'Microsoft Teams (personal)' },
    { name: 'Gmail', origin: 'https://mail.google.com', app: 'Gmail' },
    { name: 'an unknown site (its hostname)', origin: 'https://chat.example.org:8443', app: 'chat.example.org' },
  ])('$name -> "$app"', ({ origin, app }) => {
    expect(getAppName(origin, SITE_PRESETS)).toBe(app);
  });
});

describe('getContentScriptMatches', () => {
  const hasLoopback = (matches: string[]) => matches.some((m) => /127\.0\.0\.1|localhost|\[::1\]/.test(m));

  test.each([
    { name: 'store build: no loopback host', includeLoopback: false, loopback: false },
    { name: 'e2e build: loopback fixture host', includeLoopback: true, loopback: true },
  ])('$name', ({ includeLoopback, loopback }) => {
    const matches = getContentScriptMatches(includeLoopback);
    expect(hasLoopback(matches)).toBe(loopback);
    expect(matches).toContain('https://app.slack.com/*');
  });
});
