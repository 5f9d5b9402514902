import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '@/lib/db/app-db';
import { listRecentRecipients } from '@/lib/db/questions-repo';
import { digestDraft } from './digest-draft';
import { DraftStoreContext } from './question-draft';
import { QuestionComposer } from './QuestionComposer';
import { QueueLists } from './QueueLists';
import { useQueueSettings } from './use-queue-settings';

/** The digest's questions: the outbox, what the user waits on, and a roomier composer. */
export default function DigestQuestions() {
  const settings = useQueueSettings();
  const recipients = useLiveQuery(() => listRecentRecipients(db)) ?? [];
  const [notice, setNotice] = useState('');
  return (
    <DraftStoreContext.Provider value={digestDraft}>
      <section aria-labelledby="digest-questions">
        <h2 id="digest-questions">Your questions</h2>
        <QueueLists />
        {settings && <QuestionComposer settings={settings} recipients={recipients} roomy onQueued={setNotice} />}
        <p className="muted" role="status" aria-live="polite">
          {notice}
        </p>
      </section>
    </DraftStoreContext.Provider>
  );
}
