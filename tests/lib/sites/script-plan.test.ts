import { describe, expect, test } from 'vitest';
import type { CustomSite } from '@/lib/sites/custom-site';
import { FOCUS_BRIDGE_ID, HOLD_SCRIPT_ID, planContentScripts, type RegisteredScript, type ScriptPlan } from '@/lib/sites/script-plan';

const site = (id: string): CustomSite => ({ id, name: id, pattern: `https://${id}.example.com/*` });
const A = site('a');
const B = site('b');
const SLACK = 'https://app.slack.com/*';
const MAIL = 'https://mail.google.com/*';
const hook = (id: string): RegisteredScript => ({ id: `hook-${id}`, matches: [`https://${id}.example.com/*`] });
const bridge = (...matches: string[]): RegisteredScript => ({ id: FOCUS_BRIDGE_ID, matches, runAt: 'document_idle' });
const mark = (...matches: string[]): RegisteredScript => ({ id: HOLD_SCRIPT_ID, matches, runAt: 'document_start' });
/** Both holding scripts, as registered during a block. */
const holdingScripts = (...matches: string[]) => [mark(...matches), bridge(...matches)];
/** The same step for both holding scripts. */
const both = (action: 'register' | 'update'): ScriptPlan['place'] => [
  { id: HOLD_SCRIPT_ID, action },
  { id: FOCUS_BRIDGE_ID, action },
];

interface Row {
  name: string;
  registered: RegisteredScript[];
  holding: boolean;
  presets: string[];
  sites: CustomSite[];
  injected: string[];
  hooks: string[];
  unregister: string[];
  place: ScriptPlan['place'];
  matches?: string[];
  inject: string[];
}
const outside = { holding: false, presets: [SLACK], injected: [], place: [], inject: [] };

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
      place: both('register'), matches: [SLACK, MAIL, A.pattern], inject: [SLACK, MAIL, A.pattern],
    },
    {
      name: 'during focus, a sync with nothing new changes nothing',
      registered: [...holdingScripts(SLACK, MAIL)], holding: true, presets: [MAIL, SLACK], sites: [], injected: [SLACK, MAIL], hooks: [], unregister: [], place: [], inject: [],
    },
    {
      // The worker stopped between registering and injecting, or an update, a reload or a browser
      // restart emptied the session's record: open pages may hold no working bridge.
      name: 'registered but not injected in this session: injected now',
      registered: [...holdingScripts(SLACK, MAIL)], holding: true, presets: [SLACK, MAIL], sites: [], injected: [], hooks: [], unregister: [], place: [], inject: [SLACK, MAIL],
    },
    {
      name: 'after an update that cleared every registration, mid-block: everything again',
      registered: [], holding: true, presets: [SLACK], sites: [A], injected: [], hooks: ['a'], unregister: [],
      place: both('register'), matches: [SLACK, A.pattern], inject: [SLACK, A.pattern],
    },
    {
      name: 'an app added during focus is covered and its open pages get the bridge',
      registered: [...holdingScripts(SLACK)], holding: true, presets: [SLACK], sites: [A], injected: [SLACK], hooks: ['a'], unregister: [],
      place: both('update'), matches: [SLACK, A.pattern], inject: [A.pattern],
    },
    {
      name: 'an app removed during focus loses its hook and leaves the bridge’s matches',
      registered: [...holdingScripts(SLACK, A.pattern), hook('a')], holding: true, presets: [SLACK], sites: [], injected: [SLACK, A.pattern], hooks: [], unregister: ['hook-a'],
      place: both('update'), matches: [SLACK], inject: [],
    },
    {
      name: 'an app added and a preset turned off in one change',
      registered: [...holdingScripts(SLACK, MAIL)], holding: true, presets: [SLACK], sites: [A], injected: [SLACK, MAIL], hooks: ['a'], unregister: [],
      place: both('update'), matches: [SLACK, A.pattern], inject: [A.pattern],
    },
    {
      name: 'a registration that reports no matches is brought up to date',
      registered: [mark(SLACK), { id: FOCUS_BRIDGE_ID }], holding: true, presets: [SLACK], sites: [], injected: [SLACK], hooks: [], unregister: [],
      place: [{ id: FOCUS_BRIDGE_ID, action: 'update' }], matches: [SLACK], inject: [],
    },
    {
      // Until this version the relay came at document_start, alone: it moves to document_idle
      // and the mark joins it, with no moment in which a page loading gets neither.
      name: 'an earlier version’s bridge at document_start mid-block: moved to idle, the mark added',
      registered: [{ ...bridge(SLACK), runAt: 'document_start' }], holding: true, presets: [SLACK], sites: [], injected: [SLACK], hooks: [], unregister: [],
      place: [{ id: HOLD_SCRIPT_ID, action: 'register' }, { id: FOCUS_BRIDGE_ID, action: 'update' }], matches: [SLACK], inject: [],
    },
    { name: 'focus ends: the holding scripts are unregistered', ...outside, registered: [...holdingScripts(SLACK), hook('a')], sites: [A], injected: [SLACK], hooks: [], unregister: [HOLD_SCRIPT_ID, FOCUS_BRIDGE_ID] },
    {
      name: 'focus with every app turned off: no bridge',
      registered: [...holdingScripts(SLACK)], holding: true, presets: [], sites: [], injected: [SLACK], hooks: [], unregister: [HOLD_SCRIPT_ID, FOCUS_BRIDGE_ID], place: [], inject: [],
    },
  ])('$name', ({ registered, holding, presets, sites, injected, hooks, unregister, place, matches, inject }) => {
    const plan = planContentScripts(registered, { holding, presetMatches: presets, sites, injected });
    expect(plan.registerHooks.map((s) => s.id)).toEqual(hooks);
    expect(plan.unregister).toEqual(unregister);
    expect(plan.place).toEqual(place);
    if (matches) expect(plan.matches).toEqual(matches);
    expect(plan.inject).toEqual(inject);
  });

  test('the session’s record afterwards: every pattern the bridge covers now; nothing outside focus', () => {
    const during = planContentScripts([bridge(SLACK)], { holding: true, presetMatches: [SLACK, MAIL], sites: [A], injected: [SLACK] });
    expect(during.injectedAfter).toEqual([SLACK, MAIL, A.pattern]);
    const after = planContentScripts([bridge(SLACK, MAIL)], { holding: false, presetMatches: [SLACK, MAIL], sites: [A], injected: [SLACK, MAIL] });
    expect(after.injectedAfter).toEqual([]);
  });
});
