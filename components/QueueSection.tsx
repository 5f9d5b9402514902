import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '@/lib/db/app-db';
import { countHeld } from '@/lib/db/held-repo';
import { listRecentRecipients } from '@/lib/db/questions-repo';
import { QuestionComposer } from './queue/QuestionComposer';
import { StorageWarning } from './StorageWarning';
import { QueueLists } from './queue/QueueLists';
import { useQueueSettings } from './queue/use-queue-settings';

/**
 * Everything in the popup that needs the database. Loaded after the status line has painted, so
 * opening the popup shows "Focus until …" without waiting for Dexie.
 */
export default function QueueSection() {
  const heldCount = useLiveQuery(() => countHeld(db)) ?? 0;
  const recipients = useLiveQuery(() => listRecentRecipients(db)) ?? [];
  const settings = useQueueSettings();
  const [notice, setNotice] = useState('');
  return (
    <>
      <StorageWarning />
      {heldCount > 0 && (
        <p className="muted panel">
          {heldCount} held ·{' '}
          <a href="/digest.html" target="_blank" rel="noreferrer">
            Open digest
          </a>
        </p>
      )}
      {settings && <QuestionComposer settings={settings} recipients={recipients} onQueued={setNotice} />}
      <p className="muted queue-notice" aria-live="polite">
        {notice}
      </p>
      <QueueLists />
      <p className="muted">
        <a href="/review.html" target="_blank" rel="noreferrer">
          Weekly review
        </a>
      </p>
    </>
  );
}
