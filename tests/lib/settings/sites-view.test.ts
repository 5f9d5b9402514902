import { describe, expect, test } from 'vitest';
import { readSiteChoices } from '@/lib/settings/sites-view';

const mattermost = { id: 'mm', name: 'Mattermost', pattern: 'https://chat.example.com/*' };

describe('readSiteChoices', () => {
  test.each([
    { stored: undefined, read: { disabledPresets: [], custom: [] }, why: 'nothing stored: the defaults' },
    { stored: { v: 1, value: { disabledPresets: ['slack'], custom: [mattermost] } }, read: { disabledPresets: ['slack'], custom: [mattermost] }, why: 'a saved section' },
    { stored: { v: 1, value: { disabledPresets: 'slack', custom: {} } }, read: { disabledPresets: [], custom: [] }, why: 'the wrong shapes read as defaults' },
    {
      stored: { v: 1, value: { disabledPresets: ['gmail', 3], custom: [mattermost, { id: 'x' }, null] } },
      read: { disabledPresets: ['gmail'], custom: [mattermost] },
      why: 'malformed entries are dropped, the rest kept',
    },
  ])('$why', ({ stored, read }) => {
    expect(readSiteChoices(stored)).toEqual(read);
  });
});
