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

describe('planContentScripts', () => {
  test.each([
    // Self-hosted apps: a hook for as long as the app is added and granted, in and out of focus.
    { name: 'a new app with access gets its hook', registered: [], focusOn: false, presets: [], sites: [A], hooks: ['a'], unregister: [], bridge: null, inject: [] },
    { name: 'an app already set up is left alone', registered: [hook('a')], focusOn: false, presets: [], sites: [A], hooks: [], unregister: [], bridge: null, inject: [] },
    { name: 'a removed or revoked app loses its hook', registered: [hook('a'), hook('b')], focusOn: false, presets: [], sites: [B], hooks: [], unregister: ['hook-a'], bridge: null, inject: [] },
    { name: 'an earlier version’s per-app bridge goes', registered: [hook('a'), { id: 'bridge-a' }], focusOn: false, presets: [], sites: [A], hooks: [], unregister: ['bridge-a'], bridge: null, inject: [] },
    // The bridge: only during focus, for the presets left on and the apps added.
    { name: 'outside focus there is no bridge', registered: [], focusOn: false, presets: [SLACK], sites: [], hooks: [], unregister: [], bridge: null, inject: [] },
    {
      name: 'focus starts: the bridge is registered and injected into every open covered page',
      registered: [hook('a')], focusOn: true, presets: [SLACK, MAIL], sites: [A], hooks: [], unregister: [],
      bridge: { action: 'register', matches: [SLACK, MAIL, A.pattern] }, inject: [SLACK, MAIL, A.pattern],
    },
    { name: 'during focus, a sync with nothing new changes nothing', registered: [bridge(SLACK, MAIL)], focusOn: true, presets: [MAIL, SLACK], sites: [], hooks: [], unregister: [], bridge: null, inject: [] },
    {
      name: 'an app added during focus is covered and its open pages get the bridge',
      registered: [bridge(SLACK)], focusOn: true, presets: [SLACK], sites: [A], hooks: ['a'], unregister: [],
      bridge: { action: 'update', matches: [SLACK, A.pattern] }, inject: [A.pattern],
    },
    {
      name: 'a preset turned off during focus leaves the bridge’s matches, nothing is injected',
      registered: [bridge(SLACK, MAIL)], focusOn: true, presets: [SLACK], sites: [], hooks: [], unregister: [],
      bridge: { action: 'update', matches: [SLACK] }, inject: [],
    },
    { name: 'focus ends: the bridge is unregistered', registered: [bridge(SLACK), hook('a')], focusOn: false, presets: [SLACK], sites: [A], hooks: [], unregister: [FOCUS_BRIDGE_ID], bridge: null, inject: [] },
    { name: 'focus with every app turned off: no bridge', registered: [bridge(SLACK)], focusOn: true, presets: [], sites: [], hooks: [], unregister: [FOCUS_BRIDGE_ID], bridge: null, inject: [] },
  ])('$name', ({ registered, focusOn, presets, sites, hooks, unregister, bridge: wantedBridge, inject }) => {
    const plan = planContentScripts(registered, { focusOn, presetMatches: presets, sites });
    expect(plan.registerHooks.map((s) => s.id)).toEqual(hooks);
    expect(plan.unregister).toEqual(unregister);
    expect(plan.bridge).toEqual(wantedBridge);
    expect(plan.inject).toEqual(inject);
  });
});
