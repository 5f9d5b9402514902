import { DIGEST_KEYS } from '@/lib/digest/digest-cursor';

/** The ? panel: every key the digest answers to. */
export function KeysHelp({ onClose }: { onClose: () => void }) {
  return (
    <section className="panel keys-help" aria-labelledby="digest-keys" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <h2 id="digest-keys">Keyboard</h2>
      <dl className="keys">
        {DIGEST_KEYS.map((k) => (
          <div key={k.key} className="row">
            <dt>
              <kbd>{k.key}</kbd>
            </dt>
            <dd>{k.does}</dd>
          </div>
        ))}
      </dl>
      <button type="button" autoFocus onClick={onClose}>
        Close keys
      </button>
    </section>
  );
}
