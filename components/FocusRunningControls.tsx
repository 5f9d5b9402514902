import { useState } from 'react';
import { formatStatusMessage } from '@/lib/focus/status-message';
import { formatTimeLeft } from '@/lib/focus/status-text';
import { sendMessage } from '@/lib/messaging/protocol';
import type { PopupSettings } from '@/lib/settings/popup-view';
import { EarlyEndForm } from './EarlyEndForm';
import { useAction } from './use-action';

interface Props {
  until: Date;
  now: Date;
  settings: PopupSettings;
}

export const EXTEND_MINUTES = 15;

/** While focus is on: how long is left, and extend, end, or tell others. */
export function FocusRunningControls({ until, now, settings }: Props) {
  const { busy, error, run } = useAction();
  const [askReason, setAskReason] = useState(false);
  const [copied, setCopied] = useState('');

  const end = (reason?: string) => run(() => sendMessage('endFocus', { reason }));
  const copyStatus = async () => {
    const text = formatStatusMessage(settings.statusTemplate, until);
    try {
      await navigator.clipboard.writeText(text);
      setCopied(`Copied: “${text}”`);
    } catch {
      setCopied('Copying failed: the clipboard is not available here.');
    }
  };

  return (
    <div className="controls">
      <p className="muted">{formatTimeLeft(until, now)}</p>
      {askReason ? (
        <EarlyEndForm
          delaySeconds={settings.lockdown.delaySeconds}
          busy={busy}
          onEnd={(reason) => void end(reason)}
          onCancel={() => setAskReason(false)}
        />
      ) : (
        <div className="row">
          <button type="button" disabled={busy} onClick={() => run(() => sendMessage('extendFocus', { minutes: EXTEND_MINUTES }))} aria-describedby="extend-hint">
            Extend
          </button>
          <span id="extend-hint" className="muted">
            +{EXTEND_MINUTES} min
          </span>
          <button type="button" disabled={busy} onClick={() => (settings.lockdown.enabled ? setAskReason(true) : void end())}>
            End focus
          </button>
          <button type="button" onClick={() => void copyStatus()}>
            Copy status
          </button>
        </div>
      )}
      <p className="muted" aria-live="polite">
        {copied}
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
