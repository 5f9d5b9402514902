import { useEffect, useState } from 'react';
import type { Settings } from '@/lib/settings/settings';
import { loadSettings } from '@/lib/settings/store';
import { watchSettings } from '../watch-settings';

export type QueueSettings = Pick<Settings, 'tiers' | 'businessHours' | 'delivery'>;

/** The settings the composer needs, live; undefined until read. */
export function useQueueSettings(): QueueSettings | undefined {
  const [settings, setSettings] = useState<QueueSettings>();
  useEffect(() => {
    let live = true;
    const stop = watchSettings(() => void loadSettings().then((s) => live && setSettings({ tiers: s.tiers, businessHours: s.businessHours, delivery: s.delivery })));
    return () => {
      live = false;
      stop();
    };
  }, []);
  return settings;
}
