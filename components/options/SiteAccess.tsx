import type { SitePreset } from '@/lib/sites/presets';
import { allowApps } from '../allow-apps';
import { AppAccessList } from '../AppAccessList';
import { useAppAccess } from '../use-app-access';

/** The Apps section's per-app access, with Allow beside each app the browser keeps Heads Down out of. */
export function SiteAccess({ apps }: { apps: readonly SitePreset[] }) {
  const access = useAppAccess(apps);
  if (!access || access.length === 0) return null;
  return (
    <>
      <h3>Site access</h3>
      <p className="muted">An app is held only if your browser lets Heads Down into its site. Allow asks the browser at once; no Save is needed.</p>
      <AppAccessList access={access} onAllow={(app) => void allowApps([app])} />
    </>
  );
}
