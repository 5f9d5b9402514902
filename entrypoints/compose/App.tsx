import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { createPageDraftStore, DraftStoreContext, emptyDraft } from '@/components/queue/question-draft';
import { QuestionComposer } from '@/components/queue/QuestionComposer';
import { QueueLists } from '@/components/queue/QueueLists';
import { useQueueSettings } from '@/components/queue/use-queue-settings';
import { db } from '@/lib/db/app-db';
import { listRecentRecipients } from '@/lib/db/questions-repo';

/** Reads the draft "Ask later…" left (page text, shown as text) and forgets it. */
async function takeDraft(key: string): Promise<{ quote?: string; title?: string; url?: string } | undefined> {
  if (!key.startsWith('composeDraft:')) return undefined;
  const stored = (await browser.storage.session.get(key))[key] as { quote?: string; title?: string; url?: string } | undefined;
  await browser.storage.session.remove(key);
  return stored;
}

const pageDraft = createPageDraftStore();

/** The roomy composer: "Ask later…" from any page's context menu opens it, prefilled. */
export function App() {
  return (
    <DraftStoreContext.Provider value={pageDraft}>
      <Compose />
    </DraftStoreContext.Provider>
  );
}

function Compose() {
  const settings = useQueueSettings();
  const recipients = useLiveQuery(() => listRecentRecipients(db)) ?? [];
  const reset = pageDraft((s) => s.reset);
  const [notice, setNotice] = useState('');
  useEffect(() => {
    void takeDraft(decodeURIComponent(location.hash.slice(1))).then((draft) => {
      if (!draft) return;
      const context = { ...(draft.quote ? { quote: draft.quote } : {}), ...(draft.title ? { title: draft.title } : {}), ...(draft.url ? { url: draft.url } : {}) };
      reset(emptyDraft({ context, text: '' }));
    });
  }, [reset]);
  return (
    <main className="page">
      <h1>Ask later</h1>
      {settings && <QuestionComposer settings={settings} recipients={recipients} roomy onQueued={setNotice} />}
      <p className="muted" role="status" aria-live="polite">
        {notice}
      </p>
      <QueueLists />
    </main>
  );
}
