import { useLiveQuery } from 'dexie-react-hooks';
import { HeldItem } from '@/components/HeldItem';
import { countOf } from '@/lib/capture/held-notification';
import { systemClock } from '@/lib/clock';
import { db } from '@/lib/db/app-db';
import { countHandled, listHeld, markHandled } from '@/lib/db/held-repo';
import { sendMessage } from '@/lib/messaging/protocol';

export function App() {
  const held = useLiveQuery(() => listHeld(db));
  const handled = useLiveQuery(() => countHandled(db)) ?? 0;
  return (
    <main className="page">
      <h1>Digest</h1>
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
                onOpen={(id) => void sendMessage('openHeld', { id })}
                onMarkHandled={(id) => void markHandled(db, id, systemClock())}
              />
            ))}
          </ul>
        </>
      )}
    </main>
  );
}
