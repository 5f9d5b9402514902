import { describe, expect, test } from 'vitest';
import type { CustomSite } from '@/lib/sites/custom-site';
import { FOCUS_BRIDGE_ID, planContentScripts, type RegisteredScript } from '@/lib/sites/script-plan';

const site = (id: string): CustomSite => ({ id, name: id, pattern: `https://${id}.example.com/*` });
const A = site('a');
const B = site('b');
const SLACK = 'https://app.slack.com/*';
const MAIL = 'https://mail.google.com/*';
const hook = (id: string): RegisteredScript => ({ id: `hook-${id}`, matches: [`https://${id}.example.com/*`] });
const bridge = (...matches: string[]): RegisteredScript => ({ id: FOCUS_BRIDGE_ID, matches });

interface Row {
  name: string;
  registered: RegisteredScript[];
  holding: boolean;
  presets: string[];
  sites: CustomSite[];
  injected: string[];
  hooks: string[];
  unregister: string[];
  bridge: { action: 'register' | 'update'; matches: string[] } | null;
  inject: string[];
}
const outside = { holding: false, presets: [SLACK], injected: [], bridge: null, inject: [] };

describe('planContentScripts', () => {
  test.each<Row>([
    // Self-hosted apps: a hook for as long as the app is added and granted, in and out of focus.
    { name: 'a new app with access gets its hook', ...outside, registered: [], sites: [A], hooks: ['a'], unregister: [] },
    { name: 'an app already set up is left alone', ...outside, registered: [hook('a')], sites: [A], hooks: [], unregister: [] },
    { name: 'a removed or revoked app loses its hook', ...outside, registered: [hook('a'), hook('b')], sites: [B], hooks: [], unregister: ['hook-a'] },
    { name: 'an earlier version’s per-app bridge goes', ...outside, registered: [hook('a'), { id: 'bridge-a' }], sites: [A], hooks: [], unregister: ['bridge-a'] },
    // The bridge: only during focus, for the presets left on and the apps added.
    { name: 'outside focus there is no bridge', ...outside, registered: [], sites: [], hooks: [], unregister: [] },
    {
      name: 'focus starts: the bridge is registered and injected into every open covered page',
      registered: [hook('a')], holding: true, presets: [SLACK, MAIL], sites: [A], injected: [], hooks: [], unregister: [],
      bridge: { action: 'register', matches: [SLACK, MAIL, A.pattern] }, inject: [SLACK, MAIL, A.pattern],
    },
    {
      name: 'during focus, a sync with nothing new changes nothing',
      registered: [bridge(SLACK, MAIL)], holding: true, presets: [MAIL, SLACK], sites: [], injected: [SLACK, MAIL], hooks: [], unregister: [], bridge: null, inject: [],
    },
    {
      // The worker stopped between registering and injecting, or an update, a reload or a browser
      // restart emptied the session's record: open pages may hold no working bridge.
      name: 'registered but not injected in this session: injected now',
      registered: [bridge(SLACK, MAIL)], holding: true, presets: [SLACK, MAIL], sites: [], injected: [], hooks: [], unregister: [], bridge: null, inject: [SLACK, MAIL],
    },
    {
      name: 'after an update that cleared every registration, mid-block: everything again',
      registered: [], holding: true, presets: [SLACK], sites: [A], injected: [], hooks: ['a'], unregister: [],
      bridge: { action: 'register', matches: [SLACK, A.pattern] }, inject: [SLACK, A.pattern],
    },
    {
      name: 'an app added during focus is covered and its open pages get the bridge',
      registered: [bridge(SLACK)], holding: true, presets: [SLACK], sites: [A], injected: [SLACK], hooks: ['a'], unregister: [],
      bridge: { action: 'update', matches: [SLACK, A.pattern] }, inject: [A.pattern],
    },
    {
      name: 'an app removed during focus loses its hook and leaves the bridge’s matches',
      registered: [bridge(SLACK, A.pattern), hook('a')], holding: true, presets: [SLACK], sites: [], injected: [SLACK, A.pattern], hooks: [], unregister: ['hook-a'],
      bridge: { action: 'update', matches: [SLACK] }, inject: [],
    },
    {
      name: 'an app added and a preset turned off in one change',
      registered: [bridge(SLACK, MAIL)], holding: true, presets: [SLACK], sites: [A], injected: [SLACK, MAIL], hooks: ['a'], unregister: [],
      bridge: { action: 'update', matches: [SLACK, A.pattern] }, inject: [A.pattern],
    },
    {
      name: 'a registration that reports no matches is brought up to date',
      registered: [{ id: FOCUS_BRIDGE_ID }], holding: true, presets: [SLACK], sites: [], injected: [SLACK], hooks: [], unregister: [],
      bridge: { action: 'update', matches: [SLACK] }, inject: [],
    },
    { name: 'focus ends: the bridge is unregistered', ...outside, registered: [bridge(SLACK), hook('a')], sites: [A], injected: [SLACK], hooks: [], unregister: [FOCUS_BRIDGE_ID] },
    {
      name: 'focus with every app turned off: no bridge',
      registered: [bridge(SLACK)], holding: true, presets: [], sites: [], injected: [SLACK], hooks: [], unregister: [FOCUS_BRIDGE_ID], bridge: null, inject: [],
    },
  ])('$name', ({ registered, holding, presets, sites, injected, hooks, unregister, bridge: wantedBridge, inject }) => {
    const plan = planContentScripts(registered, { holding, presetMatches: presets, sites, injected });
    expect(plan.registerHooks.map((s) => s.id)).toEqual(hooks);
    expect(plan.unregister).toEqual(unregister);
    expect(plan.bridge).toEqual(wantedBridge);
    expect(plan.inject).toEqual(inject);
  });

  test('the session’s record afterwards: every pattern the bridge covers now; nothing outside focus', () => {
    const during = planContentScripts([bridge(SLACK)], { holding: true, presetMatches: [SLACK, MAIL], sites: [A], injected: [SLACK] });
    expect(during.injectedAfter).toEqual([SLACK, MAIL, A.pattern]);
    const after = planContentScripts([bridge(SLACK, MAIL)], { holding: false, presetMatches: [SLACK, MAIL], sites: [A], injected: [SLACK, MAIL] });
    expect(after.injectedAfter).toEqual([]);
  });
});
