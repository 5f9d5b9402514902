import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { HeldItem } from '@/components/HeldItem';
import { DigestQuestions } from '@/components/queue/DigestQuestions';
import { countOf } from '@/lib/capture/held-notification';
import { db } from '@/lib/db/app-db';
import { countHandled, listHeld } from '@/lib/db/held-repo';
import { sendMessage } from '@/lib/messaging/protocol';
import { DEFAULT_TIER_SETTINGS, type TierSettings } from '@/lib/sla/tiers';
import { loadSettings } from '@/lib/settings/store';

export function App() {
  const held = useLiveQuery(() => listHeld(db));
  const handled = useLiveQuery(() => countHandled(db)) ?? 0;
  const [tiers, setTiers] = useState<TierSettings>(DEFAULT_TIER_SETTINGS);
  useEffect(() => void loadSettings().then((s) => setTiers(s.tiers)), []);
  return (
    <main className="page">
      <h1>Digest</h1>
      <p className="muted">
        <a href="/review.html">Weekly review</a>
      </p>
      {!held ? null : held.length === 0 ? (
        <p className="muted">Nothing held. {handled > 0 && `${handled} handled.`}</p>
      ) : (
        <>
          <p className="muted">
            {held.reduce((n, item) => n + countOf(item), 0)} held{handled > 0 && ` · ${handled} handled`}
          </p>
          <ul className="list" aria-label="Held notifications">
            {held.map((item) => (
              <HeldItem
                key={item.id}
                item={item}
                tiers={tiers}
                onOpen={(id) => void sendMessage('openHeld', { id })}
                onMarkHandled={(id) => void sendMessage('markHandled', { ids: [id] })}
              />
            ))}
          </ul>
        </>
      )}
      <DigestQuestions />
    </main>
  );
}
