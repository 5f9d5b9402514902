import { lazy, Suspense, useEffect, useState } from 'react';
import { DigestView } from '@/components/digest/DigestView';
import { readFirstScreen, type FirstScreen } from '@/components/digest/use-digest-rows';
import { watchSettings } from '@/components/watch-settings';
import type { WorkingHours } from '@/lib/time/business-time';
import { DEFAULT_TIER_SETTINGS, type TierSettings } from '@/lib/sla/tiers';
import type { Settings } from '@/lib/settings/settings';
import { loadSettings } from '@/lib/settings/store';
import { db } from '@/lib/db/app-db';

// The composer and the queue (with the typed-time parser) load after the list: a digest with
// thousands of entries shows its first ones without waiting for them. They are rendered only
// after the first render: rendering a lazy component starts its import, and the preloads of its
// fifteen chunks then ran inside the render that shows the first entries.
const DigestQuestions = lazy(() => import('@/components/queue/DigestQuestions'));

/** What the page reads before its first render. */
export interface EarlyRead {
  settings: Settings;
  firstScreen: FirstScreen;
}

/**
 * The settings, then with their tier order the list's first screen (lib/digest/first-screen.ts).
 * The page renders once both are read, so its first render already has its first entries: a
 * frame rendered and painted before them (and the renders the settings then caused) is work the
 * first entries waited for on a busy main thread.
 */
export async function readEarly(): Promise<EarlyRead> {
  // Opening the database takes about as long as reading the settings: both at once. A failed
  // open fails the first screen's read, which then falls back to the full read.
  void db.open().catch(() => undefined);
  const settings = await loadSettings();
  return { settings, firstScreen: await readFirstScreen(settings.tiers.tiers.map((t) => t.id)) };
}

type PageSettings = { tiers: TierSettings; hours: WorkingHours };
const pageSettingsOf = (s: Settings): PageSettings => ({ tiers: s.tiers, hours: s.businessHours });
const DEFAULT_HOURS: WorkingHours = { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] };

/** `early` is missing when it could not be read in a moment: the defaults until the settings are read, as the page did before it read early. */
export function App({ early }: { early?: EarlyRead }) {
  const [settings, setSettings] = useState<PageSettings>(() => (early ? pageSettingsOf(early.settings) : { tiers: DEFAULT_TIER_SETTINGS, hours: DEFAULT_HOURS }));
  const [settingsLoaded, setSettingsLoaded] = useState(early !== undefined);
  const [withQuestions, setWithQuestions] = useState(false);
  useEffect(() => {
    const id = setTimeout(() => setWithQuestions(true));
    return () => clearTimeout(id);
  }, []);
  // Live: a tier renamed or hours changed in the options show here at once. The first read
  // (when the watch starts) only catches a change made since the early one: the same settings
  // keep their objects, so the list is not ranked and grouped again for nothing.
  useEffect(
    () =>
      watchSettings(() => {
        void loadSettings().then((s) => {
          const next = pageSettingsOf(s);
          setSettings((current) => (JSON.stringify(current) === JSON.stringify(next) ? current : next));
          setSettingsLoaded(true);
        });
      }),
    [],
  );
  return (
    <main className="page">
      <h1>Digest</h1>
      <p className="muted">
        <a href="/review.html">Weekly review</a>
      </p>
      <DigestView tiers={settings.tiers} hours={settings.hours} settingsLoaded={settingsLoaded} firstScreen={early?.firstScreen} />
      {withQuestions && (
        <Suspense fallback={null}>
          <DigestQuestions />
        </Suspense>
      )}
    </main>
  );
}
