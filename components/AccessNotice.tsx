import { describeMissingAccess, listMissingApps } from '@/lib/sites/app-access';
import { allowApps } from './allow-apps';
import { useAppAccess } from './use-app-access';
import { useCoveredApps } from './use-covered-apps';

/**
 * The popup's standing reminder that some apps are not held because the browser keeps Heads Down
 * out of their sites (Firefox lets the user withhold or revoke them). Nothing when all are allowed.
 */
export function AccessNotice() {
  const access = useAppAccess(useCoveredApps());
  const missing = access ? listMissingApps(access) : [];
  const text = describeMissingAccess(missing);
  if (!text) return null;
  return (
    <section className="panel" role="status" aria-label="Site access">
      <p className="error">{text}</p>
      {/* allowApps runs at once in the click: the browser grants only during the user's gesture. */}
      <button type="button" className="primary" onClick={() => void allowApps(missing)}>
        Allow
      </button>
    </section>
  );
}
