import { allowApps } from '@/components/allow-apps';
import { AppAccessList } from '@/components/AppAccessList';
import { useAppAccess } from '@/components/use-app-access';
import { useCoveredApps } from '@/components/use-covered-apps';
import { listMissingApps } from '@/lib/sites/app-access';

/**
 * Opened once, at install, when the browser has not let Heads Down into some apps' sites (Firefox
 * lets the user withhold them). One button asks for all of them; the list follows the answer.
 */
export function App() {
  const access = useAppAccess(useCoveredApps());
  const missing = access ? listMissingApps(access) : [];
  return (
    <main className="page welcome">
      <h1>Welcome to Heads Down</h1>
      <p>
        To hold your chat and mail notifications during focus, Heads Down needs access to these apps&apos; sites; nothing it reads leaves
        your machine.
      </p>
      {access && <AppAccessList access={access} />}
      {access &&
        (missing.length > 0 ? (
          <p>
            {/* allowApps runs at once in the click: the browser grants only during the user's gesture. */}
            <button type="button" className="primary" onClick={() => void allowApps(missing)}>
              Allow all
            </button>
          </p>
        ) : (
          <p role="status">Every app is allowed. Reload their open tabs once, then press Start focus in the toolbar.</p>
        ))}
      <p className="muted">
        Turn apps on or off, or add a self-hosted one, in the <a href="/options.html#sites">options</a>.
      </p>
    </main>
  );
}
