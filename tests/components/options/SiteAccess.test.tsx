import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { SiteAccess } from '@/components/options/SiteAccess';
import { SITE_PRESETS } from '@/lib/sites/presets';
import { installFakePermissions } from '../../support/fake-permissions';

afterEach(cleanup);

const pick = (...ids: string[]) => SITE_PRESETS.filter((p) => ids.includes(p.id));

describe('the Apps section says which apps are allowed', () => {
  test('an Allow button only beside the apps not allowed, each asking for that app alone', async () => {
    const permissions = installFakePermissions(['https://app.slack.com/*']);
    render(<SiteAccess apps={pick('slack', 'discord', 'whatsapp')} />);
    const list = await screen.findByRole('list', { name: 'Site access' });
    expect(within(list).getAllByRole('button').map((b) => b.textContent)).toEqual(['Allow Discord', 'Allow WhatsApp']);
    fireEvent.click(within(list).getByRole('button', { name: 'Allow WhatsApp' }));
    expect(permissions.requests).toEqual([['https://web.whatsapp.com/*']]);
    await expect.poll(() => within(list).getAllByRole('button').map((b) => b.textContent)).toEqual(['Allow Discord']);
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['SlackAllowed', 'DiscordNot allowedAllow Discord', 'WhatsAppAllowed']);
  });
});
