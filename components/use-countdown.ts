import { useEffect, useState } from 'react';

/** Whole seconds left of a wait that started when the component mounted; 0 once it is over. */
export function useCountdown(seconds: number): number {
  const [startedAt] = useState(() => Date.now());
  const [now, setNow] = useState(startedAt);
  const left = Math.max(0, seconds - Math.floor((now - startedAt) / 1000));
  useEffect(() => {
    if (left === 0) return;
    const id = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(id);
  }, [left]);
  return left;
}
