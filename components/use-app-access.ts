import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { checkAppAccess } from '@/lib/access/check-access';
import type { AppAccess } from '@/lib/sites/app-access';
import type { SitePreset } from '@/lib/sites/presets';

/**
 * Whether the browser lets Heads Down into each app's pages, live: the user can allow or revoke a
 * site at any moment (about:addons in Firefox, site access in Chrome). `undefined` until checked,
 * and while the apps are not known yet (so no page paints an empty list first).
 */
export function useAppAccess(apps: readonly SitePreset[] | undefined): AppAccess[] | undefined {
  const [access, setAccess] = useState<AppAccess[]>();
  // The list is rebuilt on every render; what it names is what matters.
  const key = JSON.stringify(apps?.map((app) => [app.id, app.matches]));
  useEffect(() => {
    if (!apps) return;
    let live = true;
    const check = () => void checkAppAccess(apps).then((found) => live && setAccess(found));
    check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      live = false;
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for `apps`
  }, [key]);
  return access;
}
