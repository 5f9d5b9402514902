import { describe, expect, test } from 'vitest';
import { isCoveredOrigin } from '@/lib/sites/coverage';
import { SITE_PRESETS } from '@/lib/sites/presets';

const mattermost = { id: 'mm', name: 'Mattermost', pattern: 'https://chat.example.com/*' };

describe('isCoveredOrigin', () => {
  test.each([
    { origin: 'https://app.slack.com', disabled: [], custom: [], covered: true, why: 'a preset left on' },
    { origin: 'https://app.slack.com', disabled: ['slack'], custom: [], covered: false, why: 'a preset turned off' },
    { origin: 'https://mail.google.com', disabled: ['slack'], custom: [], covered: true, why: 'another preset than the one turned off' },
    { origin: 'https://chat.example.com', disabled: [], custom: [mattermost], covered: true, why: 'a self-hosted app added' },
    { origin: 'https://chat.example.com', disabled: [], custom: [], covered: false, why: 'a self-hosted app removed' },
    { origin: 'https://meet.google.com', disabled: [], custom: [mattermost], covered: false, why: 'a tab that moved on to a call' },
    { origin: 'https://app.slack.com.evil.test', disabled: [], custom: [], covered: false, why: 'a look-alike host' },
    { origin: 'not an origin', disabled: [], custom: [mattermost], covered: false, why: 'garbage' },
  ])('$origin: $why', ({ origin, disabled, custom, covered }) => {
    expect(isCoveredOrigin(origin, { disabledPresets: disabled, custom }, SITE_PRESETS)).toBe(covered);
  });
});
