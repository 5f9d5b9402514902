import { describe, expect, test } from 'vitest';
import { forgetRevokedSites } from '@/entrypoints/background/custom-sites';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { loadSettings, saveSettings } from '@/lib/settings/store';

const zulip = { id: 'zulip', name: 'Zulip', pattern: 'https://zulip.example.com/*' };
const element = { id: 'element', name: 'Element', pattern: 'https://*.element.example/*' };

describe('forgetRevokedSites', () => {
  test.each([
    { name: 'a revoked app is removed, the others stay', revoked: [zulip.pattern], left: ['element'] },
    { name: 'revoking hosts no app uses changes nothing', revoked: ['https://other.example/*'], left: ['zulip', 'element'] },
    { name: 'an empty revocation changes nothing', revoked: [], left: ['zulip', 'element'] },
  ])('$name', async ({ revoked, left }) => {
    await saveSettings({ ...DEFAULT_SETTINGS, sites: { disabledPresets: ['discord'], custom: [zulip, element] } });
    await forgetRevokedSites(revoked);
    const { sites } = await loadSettings();
    expect(sites.custom.map((s) => s.id)).toEqual(left);
    expect(sites.disabledPresets).toEqual(['discord']);
  });
});
