import { mount } from '@/components/mount';
import { App, readEarly, type EarlyRead } from './App';

/** How long the first render waits for the early read before it goes ahead without it. */
const EARLY_WAIT_MS = 1_000;

// Read before the first render (see readEarly), which then shows the first entries at once. The
// page renders whatever happens: settings that cannot be read, or a database that does not open
// in a moment (another tab holding an older version open), leave it on the defaults and its
// live reads, which catch up when they can.
void Promise.race([readEarly().catch(() => undefined), new Promise<EarlyRead | undefined>((resolve) => setTimeout(resolve, EARLY_WAIT_MS))]).then((early) =>
  mount(<App early={early} />),
);
