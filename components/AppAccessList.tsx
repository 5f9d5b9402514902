import type { AppAccess } from '@/lib/sites/app-access';
import type { SitePreset } from '@/lib/sites/presets';

interface Props {
  access: readonly AppAccess[];
  /** Offers an Allow button beside each app that is not allowed. */
  onAllow?: (app: SitePreset) => void;
}

/** Each app with whether the browser lets Heads Down into its pages, said in words. */
export function AppAccessList({ access, onAllow }: Props) {
  return (
    <ul className="list" aria-label="Site access">
      {access.map(({ app, allowed }) => (
        <li key={app.id} className="row access-row">
          <img className="app-icon" src={app.icon} alt="" />
          <span className="access-name">{app.name}</span>
          <span className={allowed ? 'muted' : 'error'}>{allowed ? 'Allowed' : 'Not allowed'}</span>
          {!allowed && onAllow && (
            <button type="button" onClick={() => onAllow(app)}>
              Allow<span className="visually-hidden"> {app.name}</span>
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
