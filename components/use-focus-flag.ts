import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { FOCUS_FLAG_KEY, type FocusFlag } from '@/lib/messaging/focus-flag';

/**
 * The focus state the background published, live. The popup shows exactly what the badge and
 * tooltip show (they are written from the same state at the same moment), and it needs no
 * database to paint its first line. `undefined` until read.
 */
export function useFocusFlag(): FocusFlag | undefined {
  const [flag, setFlag] = useState<FocusFlag>();
  useEffect(() => {
    let live = true;
    void browser.storage.local.get(FOCUS_FLAG_KEY).then((stored) => {
      if (live) setFlag((stored[FOCUS_FLAG_KEY] as FocusFlag | undefined) ?? { until: null });
    });
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && changes[FOCUS_FLAG_KEY]) {
        setFlag((changes[FOCUS_FLAG_KEY].newValue as FocusFlag | undefined) ?? { until: null });
      }
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return flag;
}
