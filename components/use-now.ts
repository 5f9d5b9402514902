import { useEffect, useState } from 'react';
import { systemClock, type Clock } from '@/lib/clock';

/** The current time, re-read every `intervalMs`, so status text never goes stale while open. */
export function useNow(intervalMs = 15_000, clock: Clock = systemClock): Date {
  const [now, setNow] = useState(clock);
  useEffect(() => {
    const id = setInterval(() => setNow(clock()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs, clock]);
  return now;
}
