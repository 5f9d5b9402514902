import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { SECTIONS } from '@/lib/settings/sections';
import { loadSettings } from '@/lib/settings/store';
import { systemClock } from '@/lib/clock';
import { db } from '@/lib/db/app-db';
import { countHeld } from '@/lib/db/held-repo';
import { addQuestion, listQueuedQuestions } from '@/lib/db/questions-repo';
import { QuestionComposer } from './QuestionComposer';
import { QuestionList } from './QuestionList';

/**
 * Everything in the popup that needs the database. Loaded after the status line has painted, so
 * opening the popup shows "Focus until …" without waiting for Dexie.
 */
export default function QueueSection() {
  const heldCount = useLiveQuery(() => countHeld(db)) ?? 0;
  const questions = useLiveQuery(() => listQueuedQuestions(db)) ?? [];
  const [hours, setHours] = useState(SECTIONS.businessHours.defaults);
  useEffect(() => void loadSettings().then((s) => setHours(s.businessHours)), []);
  return (
    <>
      {heldCount > 0 && (
        <p className="muted panel">
          {heldCount} held ·{' '}
          <a href="/digest.html" target="_blank" rel="noreferrer">
            Open digest
          </a>
        </p>
      )}
      <QuestionComposer clock={systemClock} hours={hours} onQueue={(q) => addQuestion(db, q)} />
      <section className="panel" aria-label="Question queue">
        <h2>Queued</h2>
        <QuestionList questions={questions} />
      </section>
    </>
  );
}
