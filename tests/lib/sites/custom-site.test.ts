import { describe, expect, test } from 'vitest';
import { findOverlappingPreset, parseSiteInput } from '@/lib/sites/custom-site';

describe('parseSiteInput', () => {
  test.each([
    ['chat.example.com', 'https://chat.example.com/*', 'chat.example.com'],
    ['https://chat.example.com/channels/town-square', 'https://chat.example.com/*', 'chat.example.com'],
    ['http://localhost:8065', 'http://localhost/*', 'localhost:8065'],
    ['  Zulip.Example.org  ', 'https://zulip.example.org/*', 'zulip.example.org'],
    ['https://*.example.com/*', 'https://*.example.com/*', 'example.com'],
  ])('%s → %s', (text, pattern, name) => {
    expect(parseSiteInput(text)).toEqual({ ok: true, pattern, name });
  });

  test.each([
    ['', 'Type the address of the app, like chat.example.com.'],
    ['file:///etc/passwd', 'Only web addresses (https:// or http://) can be added.'],
    ['ftp://files.example.com', 'Only web addresses (https:// or http://) can be added.'],
    ['https://*/*', '“https://*/*” is not a web address.'],
    ['https://*.com', '“https://*.com” is not a domain.'],
    ['http://', '“http://” is not a web address.'],
  ])('refuses %j', (text, error) => {
    expect(parseSiteInput(text)).toEqual({ ok: false, error });
  });
});

describe('findOverlappingPreset', () => {
  const presets = [
    { id: 'slack', name: 'Slack', icon: '', matches: ['https://app.slack.com/*'] },
    { id: 'gmail', name: 'Gmail', icon: '', matches: ['https://mail.google.com/*'] },
  ];
  test.each([
    ['https://*.slack.com/*', 'Slack'],
    ['https://app.slack.com/*', 'Slack'],
    ['https://*.google.com/*', 'Gmail'],
    ['https://chat.example.com/*', undefined],
    ['https://*.example.com/*', undefined],
    ['http://app.slack.com/*', undefined],
  ])('%s overlaps %s', (pattern, name) => {
    expect(findOverlappingPreset(pattern, presets)?.name).toBe(name);
  });
});
