import { describe, expect, test } from 'vitest';
import { describeMissingAccess, joinAppNames, listCoveredApps, listMissingApps, originsToAllow, shouldOpenWelcome } from '@/lib/sites/app-access';
import { SITE_PRESETS, type SitePreset } from '@/lib/sites/presets';

const app = (name: string, matches = [`https://${name.toLowerCase()}.test/*`]): SitePreset => ({ id: name.toLowerCase(), name, icon: '', matches });
const mattermost = { id: 'mm', name: 'Mattermost', pattern: 'https://chat.example.com/*' };

describe('listCoveredApps', () => {
  test.each([
    { disabled: [], custom: [], ids: SITE_PRESETS.map((p) => p.id), why: 'every preset by default' },
    { disabled: ['slack', 'gmail'], custom: [], ids: SITE_PRESETS.map((p) => p.id).filter((id) => id !== 'slack' && id !== 'gmail'), why: 'presets turned off are left out' },
    { disabled: SITE_PRESETS.map((p) => p.id), custom: [mattermost], ids: ['mm'], why: 'a self-hosted app, with its own pattern' },
  ])('$why', ({ disabled, custom, ids }) => {
    const apps = listCoveredApps({ disabledPresets: disabled, custom }, SITE_PRESETS);
    expect(apps.map((a) => a.id)).toEqual(ids);
  });

  test('a self-hosted app is asked for by its pattern, with the generic icon', () => {
    expect(listCoveredApps({ disabledPresets: SITE_PRESETS.map((p) => p.id), custom: [mattermost] }, SITE_PRESETS)).toEqual([
      { id: 'mm', name: 'Mattermost', icon: '/apps/custom.svg', matches: ['https://chat.example.com/*'] },
    ]);
  });
});

describe('joinAppNames', () => {
  test.each([
    { names: [], text: '' },
    { names: ['Gmail'], text: 'Gmail' },
    { names: ['Gmail', 'Slack'], text: 'Gmail and Slack' },
    { names: ['Gmail', 'Slack', 'Discord'], text: 'Gmail, Slack and Discord' },
    { names: ['Gmail', 'Slack', 'Discord', 'Outlook'], text: 'Gmail, Slack, Discord and 1 more app' },
    { names: ['Gmail', 'Slack', 'Discord', 'Outlook', 'Telegram'], text: 'Gmail, Slack, Discord and 2 more apps' },
  ])('$names.length names: "$text"', ({ names, text }) => {
    expect(joinAppNames(names)).toBe(text);
  });
});

describe('the notice', () => {
  test.each([
    { access: [], text: undefined, why: 'no app on' },
    { access: [[app('Gmail'), true]], text: undefined, why: 'every app allowed' },
    { access: [[app('Gmail'), false], [app('Slack'), true]], text: 'Gmail is not allowed, so its notifications are not held.', why: 'one app not allowed' },
    {
      access: [[app('Gmail'), false], [app('Slack'), false], [app('Discord'), true]],
      text: 'Gmail and Slack are not allowed, so their notifications are not held.',
      why: 'two apps not allowed, in the order of the list',
    },
  ] as { access: [SitePreset, boolean][]; text: string | undefined; why: string }[])('$why', ({ access, text }) => {
    expect(describeMissingAccess(listMissingApps(access.map(([a, allowed]) => ({ app: a, allowed }))))).toBe(text);
  });
});

describe('originsToAllow', () => {
  test.each([
    { apps: [], origins: [] },
    { apps: [app('Outlook', ['https://outlook.office.com/*', 'https://outlook.office365.com/*'])], origins: ['https://outlook.office.com/*', 'https://outlook.office365.com/*'] },
    { apps: [app('A', ['https://a.test/*']), app('B', ['https://a.test/*', 'https://b.test/*'])], origins: ['https://a.test/*', 'https://b.test/*'] },
  ])('$origins', ({ apps, origins }) => {
    expect(originsToAllow(apps)).toEqual(origins);
  });
});

describe('shouldOpenWelcome', () => {
  test.each([
    { reason: 'install', shownBefore: false, missing: 2, open: true, why: 'a fresh install with apps not allowed' },
    { reason: 'install', shownBefore: false, missing: 0, open: false, why: 'every app allowed (Chrome grants them at install)' },
    { reason: 'install', shownBefore: true, missing: 2, open: false, why: 'asked once already' },
    { reason: 'update', shownBefore: false, missing: 2, open: false, why: 'an update: the popup notice reminds' },
    { reason: 'browser_update', shownBefore: false, missing: 1, open: false, why: 'a browser update' },
  ])('$why', ({ open, ...input }) => {
    expect(shouldOpenWelcome(input)).toBe(open);
  });
});
