import { lazy, Suspense, useEffect, useState } from 'react';
import { DigestView } from '@/components/digest/DigestView';
import { watchSettings } from '@/components/watch-settings';
import type { WorkingHours } from '@/lib/time/business-time';
import { DEFAULT_TIER_SETTINGS, type TierSettings } from '@/lib/sla/tiers';
import { loadSettings } from '@/lib/settings/store';

// The composer and the queue (with the typed-time parser) load after the list: a digest with
// thousands of entries shows its first ones without waiting for them.
const DigestQuestions = lazy(() => import('@/components/queue/DigestQuestions'));

// Read from the start, while React mounts: the list's first screen waits for the tier order.
let earlySettings: ReturnType<typeof loadSettings> | undefined = loadSettings();

const DEFAULT_HOURS: WorkingHours = { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] };

export function App() {
  const [settings, setSettings] = useState<{ tiers: TierSettings; hours: WorkingHours; loaded: boolean }>({ tiers: DEFAULT_TIER_SETTINGS, hours: DEFAULT_HOURS, loaded: false });
  // Live: a tier renamed or hours changed in the options show here at once.
  useEffect(() => watchSettings(() => {
    const read = earlySettings ?? loadSettings();
    earlySettings = undefined;
    void read.then((s) => setSettings({ tiers: s.tiers, hours: s.businessHours, loaded: true }));
  }), []);
  return (
    <main className="page">
      <h1>Digest</h1>
      <p className="muted">
        <a href="/review.html">Weekly review</a>
      </p>
      <DigestView tiers={settings.tiers} hours={settings.hours} settingsLoaded={settings.loaded} />
      <Suspense fallback={null}>
        <DigestQuestions />
      </Suspense>
    </main>
  );
}
