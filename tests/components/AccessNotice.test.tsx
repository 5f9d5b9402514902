import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { AccessNotice } from '@/components/AccessNotice';
import { SITE_PRESETS } from '@/lib/sites/presets';
import { installFakePermissions } from '../support/fake-permissions';
import { storeSettings } from '../support/stored-settings';

const everyPresetHost = SITE_PRESETS.flatMap((p) => p.matches);
const without = (...patterns: string[]) => everyPresetHost.filter((m) => !patterns.includes(m));

afterEach(cleanup);

describe('the popup notice', () => {
  test('names the apps not allowed; Allow asks for their sites and the notice goes', async () => {
    const permissions = installFakePermissions(without('https://mail.google.com/*', 'https://app.slack.com/*'));
    render(<AccessNotice />);
    const notice = await screen.findByRole('status', { name: 'Site access' });
    expect(notice.textContent).toContain('Slack and Gmail are not allowed, so their notifications are not held.');
    fireEvent.click(screen.getByRole('button', { name: 'Allow' }));
    expect(permissions.requests).toEqual([['https://app.slack.com/*', 'https://mail.google.com/*']]);
    await expect.poll(() => screen.queryByRole('status', { name: 'Site access' })).toBeNull();
  });

  test('appears when a site is revoked while the popup is open, and leaves out apps turned off', async () => {
    await storeSettings((s) => void (s.sites.disabledPresets = ['discord']));
    const permissions = installFakePermissions(everyPresetHost);
    render(<AccessNotice />);
    await permissions.remove(['https://discord.com/*']);
    await permissions.remove(['https://web.telegram.org/*']);
    const notice = await screen.findByRole('status', { name: 'Site access' });
    expect(notice.textContent).toContain('Telegram is not allowed, so its notifications are not held.');
  });
});
