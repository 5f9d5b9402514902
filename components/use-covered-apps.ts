import { useMemo } from 'react';
import { readSiteChoices, SITES_KEY } from '@/lib/settings/sites-view';
import { ACTIVE_PRESETS } from '@/lib/sites/active-presets';
import { listCoveredApps } from '@/lib/sites/app-access';
import type { SitePreset } from '@/lib/sites/presets';
import { useStorageValue } from './use-storage-value';

/** The apps the user has on, live from the stored Apps section; `undefined` until read. */
export function useCoveredApps(): SitePreset[] | undefined {
  const stored = useStorageValue(SITES_KEY);
  return useMemo(() => (stored === undefined ? undefined : listCoveredApps(readSiteChoices(stored), ACTIVE_PRESETS)), [stored]);
}
