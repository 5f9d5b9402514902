import { useState } from 'react';
import type { FocusResult } from '@/lib/messaging/protocol';

/**
 * Runs a request to the background; keeps it from running twice at once and turns a refusal
 * (or no answer) into a message for the user.
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const run = async (action: () => Promise<FocusResult>): Promise<boolean> => {
    setBusy(true);
    setError(undefined);
    try {
      const result = await action();
      if (!result.ok) setError(result.error);
      return result.ok;
    } catch {
      setError('Heads Down could not reach its background. Try again.');
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, run };
}
