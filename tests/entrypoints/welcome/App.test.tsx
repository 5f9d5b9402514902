import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { SITE_PRESETS } from '@/lib/sites/presets';
import { App } from '@/entrypoints/welcome/App';
import { installFakePermissions } from '../../support/fake-permissions';
import { storeSettings } from '../../support/stored-settings';

afterEach(cleanup);

const stateOf = (name: string) => within(screen.getByRole('list', { name: 'Site access' })).getByText(name).parentElement!.textContent;

describe('the first-run page', () => {
  test('lists every app on with its state; Allow all asks for the missing ones and the list follows', async () => {
    await storeSettings((s) => {
      s.sites.disabledPresets = SITE_PRESETS.map((p) => p.id).filter((id) => !['slack', 'gmail', 'outlook'].includes(id));
      s.sites.custom = [{ id: 'mm', name: 'Team chat', pattern: 'https://chat.example.com/*' }];
    });
    const permissions = installFakePermissions(['https://app.slack.com/*']);
    render(<App />);
    const list = await screen.findByRole('list', { name: 'Site access' });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'SlackAllowed',
      'GmailNot allowed',
      'OutlookNot allowed',
      'Team chatNot allowed',
    ]);
    expect(screen.getByText(/nothing it reads leaves your machine/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Allow all' }));
    expect(permissions.requests).toEqual([
      ['https://mail.google.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.cloud.microsoft/*', 'https://chat.example.com/*'],
    ]);
    await screen.findByText(/Every app is allowed/);
    expect(stateOf('Gmail')).toBe('GmailAllowed');
    expect(screen.queryByRole('button', { name: 'Allow all' })).toBeNull();

    // Revoked later (about:addons): the page says so again.
    await permissions.remove(['https://app.slack.com/*']);
    await expect.poll(() => stateOf('Slack')).toBe('SlackNot allowed');
    expect(screen.getByRole('button', { name: 'Allow all' })).toBeTruthy();
  });
});
