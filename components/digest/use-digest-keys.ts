import { useEffect, useRef } from 'react';
import { commandForKey, type DigestCommand } from '@/lib/digest/digest-cursor';

/**
 * The digest's single-letter keys, on the whole page but never while typing in a field, and
 * never with a modifier (browser and screen-reader shortcuts stay theirs).
 */
export function useDigestKeys(run: (command: DigestCommand) => void): void {
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const inField = !!target?.closest?.('input, textarea, select, [contenteditable="true"]');
      // Enter on a button presses the button; only on a row does it open.
      if (e.key === 'Enter' && !target?.matches?.('[data-entry]')) return;
      const command = commandForKey(e.key, { inField, modified: e.ctrlKey || e.metaKey || e.altKey });
      if (!command) return;
      e.preventDefault();
      latest.current(command);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
