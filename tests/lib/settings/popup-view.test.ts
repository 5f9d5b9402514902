import { describe, expect, test } from 'vitest';
import { DEFAULT_STATUS_TEMPLATE } from '@/lib/focus/status-message';
import { readPopupSettings } from '@/lib/settings/popup-view';

const stored = (lockdown?: unknown, status?: unknown) => ({
  ...(lockdown === undefined ? {} : { 'settings:lockdown': { v: 1, value: lockdown } }),
  ...(status === undefined ? {} : { 'settings:status': { v: 1, value: status } }),
});

describe('readPopupSettings', () => {
  test.each([
    { name: 'nothing stored', raw: {}, lockdown: { enabled: false, delaySeconds: 0 }, template: DEFAULT_STATUS_TEMPLATE },
    { name: 'garbage stored', raw: { 'settings:lockdown': 'x', 'settings:status': 7 }, lockdown: { enabled: false, delaySeconds: 0 }, template: DEFAULT_STATUS_TEMPLATE },
    { name: 'lockdown on with a wait', raw: stored({ enabled: true, delaySeconds: 10 }, { template: 'Busy until {until}' }), lockdown: { enabled: true, delaySeconds: 10 }, template: 'Busy until {until}' },
    { name: 'a negative wait', raw: stored({ enabled: true, delaySeconds: -5 }), lockdown: { enabled: true, delaySeconds: 0 }, template: DEFAULT_STATUS_TEMPLATE },
    { name: 'an absurd wait is capped', raw: stored({ enabled: true, delaySeconds: 1e9 }), lockdown: { enabled: true, delaySeconds: 600 }, template: DEFAULT_STATUS_TEMPLATE },
    { name: '"true" as text is not enabled', raw: stored({ enabled: 'true' }), lockdown: { enabled: false, delaySeconds: 0 }, template: DEFAULT_STATUS_TEMPLATE },
    { name: 'a blank template', raw: stored(undefined, { template: '   ' }), lockdown: { enabled: false, delaySeconds: 0 }, template: DEFAULT_STATUS_TEMPLATE },
  ])('$name', ({ raw, lockdown, template }) => {
    expect(readPopupSettings(raw)).toEqual({ lockdown, statusTemplate: template });
  });
});
