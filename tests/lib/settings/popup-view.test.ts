import { describe, expect, test } from 'vitest';
import { DEFAULT_STATUS_TEMPLATE } from '@/lib/focus/status-message';
import { readPopupSettings } from '@/lib/settings/popup-view';

describe('readPopupSettings', () => {
  test.each([
    { name: 'nothing stored', raw: undefined, lockdown: { enabled: false, delaySeconds: 0 }, template: DEFAULT_STATUS_TEMPLATE },
    { name: 'v1 settings without lockdown', raw: { version: 1, focus: { defaultMinutes: 25 } }, lockdown: { enabled: false, delaySeconds: 0 }, template: DEFAULT_STATUS_TEMPLATE },
    {
      name: 'lockdown on with a wait',
      raw: { lockdown: { enabled: true, delaySeconds: 10 }, status: { template: 'Busy until {until}' } },
      lockdown: { enabled: true, delaySeconds: 10 },
      template: 'Busy until {until}',
    },
    { name: 'a negative wait', raw: { lockdown: { enabled: true, delaySeconds: -5 } }, lockdown: { enabled: true, delaySeconds: 0 }, template: DEFAULT_STATUS_TEMPLATE },
    { name: 'an absurd wait is capped', raw: { lockdown: { enabled: true, delaySeconds: 1e9 } }, lockdown: { enabled: true, delaySeconds: 600 }, template: DEFAULT_STATUS_TEMPLATE },
    { name: '"true" as text is not enabled', raw: { lockdown: { enabled: 'true' } }, lockdown: { enabled: false, delaySeconds: 0 }, template: DEFAULT_STATUS_TEMPLATE },
    { name: 'a blank template', raw: { status: { template: '   ' } }, lockdown: { enabled: false, delaySeconds: 0 }, template: DEFAULT_STATUS_TEMPLATE },
  ])('$name', ({ raw, lockdown, template }) => {
    expect(readPopupSettings(raw)).toEqual({ lockdown, statusTemplate: template });
  });
});
