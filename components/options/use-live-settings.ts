import { useEffect } from 'react';
import { loadStoredSettings } from '@/lib/settings/store';
import { watchSettings } from '../watch-settings';
import { useOptions } from './settings-store';

/** Keeps the options store in step with what is stored, from the first read on. */
export function useLiveSettings(): void {
  const receive = useOptions((s) => s.receive);
  useEffect(() => {
    let live = true;
    const stop = watchSettings(() => void loadStoredSettings().then((stored) => live && receive(stored)));
    return () => {
      live = false;
      stop();
    };
  }, [receive]);
}
