import { useState, type ChangeEvent } from 'react';
import { buildExport, exportFileName } from '@/lib/data/export-file';
import { db } from '@/lib/db/app-db';
import { sendMessage } from '@/lib/messaging/protocol';
import { loadSettings } from '@/lib/settings/store';
import { StorageWarning } from '../StorageWarning';
import { useStoredValue } from '../use-stored-value';
import { SYNC_STATUS_KEY, type LocalOnly } from '@/lib/settings/sync-plan';

type Message = { text: string; error: boolean } | undefined;


/** Saves a file the way a download link does: nothing leaves the machine. */
function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Export, import and Delete everything. Pages only read; the import and the deletion are done by
 * the background, which checks the whole file first and changes nothing if any part is wrong.
 */
export function DataControls() {
  const [withData, setWithData] = useState(false);
  const [message, setMessage] = useState<Message>();
  const [confirming, setConfirming] = useState(false);
  // Which settings stay on this machine, as the background last recorded.
  const localOnly = Object.values(useStoredValue<LocalOnly>(SYNC_STATUS_KEY) ?? {});

  const exportNow = async () => {
    const now = new Date();
    const data = withData
      ? { held: await db.held.toArray(), questions: await db.questions.toArray(), sessions: await db.sessions.toArray(), digests: await db.digests.toArray(), outbox: await db.outbox.toArray() }
      : undefined;
    download(exportFileName(now), JSON.stringify(buildExport(await loadSettings(), now, data), null, 2));
    setMessage({ text: withData ? 'Exported settings and data.' : 'Exported settings.', error: false });
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const result = await sendMessage('importSettings', { text: await file.text() }).catch(() => ({ ok: false as const, errors: {}, message: 'Heads Down could not reach its background.' }));
    setMessage(result.ok ? { text: `Imported settings from ${file.name}.`, error: false } : { text: result.message, error: true });
  };

  const deleteNow = async () => {
    const result = await sendMessage('deleteEverything', undefined).catch(() => ({ ok: false }));
    setConfirming(false);
    if (result.ok) {
      // The page's own leftovers (the popup's half-written question) live in this origin's storage.
      localStorage.clear();
      setMessage({ text: 'Deleted everything Heads Down had stored. Settings are back to their defaults.', error: false });
    } else setMessage({ text: 'Nothing was deleted: Heads Down could not reach its background.', error: true });
  };

  return (
    <div className="data-controls">
      <StorageWarning />
      <h3>What Heads Down stores</h3>
      <ul className="muted">
        <li>Held notifications, your questions, focus blocks and digests: in this browser's extension database, on this machine only.</li>
        <li>Settings: on this machine, and synced to your other browsers where you are signed in to the browser (held notifications and questions never are).</li>
        <li>Nothing is sent anywhere, except your questions to the webhooks you add under Delivery channels. No analytics.</li>
      </ul>
      {localOnly.length > 0 && (
        <div role="note" aria-label="Settings not synced">
          <p>Kept on this machine only:</p>
          <ul className="muted">
            {localOnly.map((why) => (
              <li key={why}>{why}</li>
            ))}
          </ul>
        </div>
      )}
      <h3>Export and import</h3>
      <label className="check">
        <input type="checkbox" checked={withData} onChange={(e) => setWithData(e.target.checked)} />
        Include held notifications, questions and focus history
      </label>
      <div className="row">
        <button type="button" onClick={() => void exportNow()}>
          Export
        </button>
        <label className="inline-field button-like">
          Import
          <input type="file" accept="application/json,.json" onChange={(e) => void importFile(e)} />
        </label>
      </div>
      <p className="muted">An import replaces the settings in the file and keeps the rest; a file with any problem changes nothing.</p>
      <h3>Delete everything</h3>
      {confirming ? (
        <div role="group" aria-label="Confirm deleting everything">
          <p className="error">This deletes every held notification, question, focus block and setting on this machine, and the settings synced to your other browsers. It cannot be undone.</p>
          <div className="row">
            <button type="button" className="danger" onClick={() => void deleteNow()}>
              Yes, delete everything
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          Delete everything
        </button>
      )}
      <p className={message?.error ? 'error' : 'muted'} role={message?.error ? 'alert' : 'status'}>
        {message?.text ?? ''}
      </p>
    </div>
  );
}
