import type { HeldNotification } from '@/lib/capture/held-notification';
import { formatWhen } from '@/lib/focus/status-text';
import { findTier, type TierSettings } from '@/lib/sla/tiers';
import { ACTIVE_PRESETS } from '@/lib/sites/active-presets';
import { findPreset } from '@/lib/sites/presets';
import { useIcon } from './use-icon';

interface Props {
  item: HeldNotification;
  tiers: TierSettings;
  now: Date;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', hour: 'numeric', minute: '2-digit' });
const countFormat = new Intl.NumberFormat();

/** The page's own icon only when it was inline (a remote one would be a request on the user's behalf), else the app's. */
export const iconOf = (origin: string, own: string | undefined) => (own?.startsWith('data:image/') ? own : appIconOf(origin));

// Matching an origin against every preset parses URLs; rows re-render often and origins repeat.
const appIcons = new Map<string, string>();
function appIconOf(origin: string): string {
  let icon = appIcons.get(origin);
  if (icon === undefined) appIcons.set(origin, (icon = findPreset(origin, ACTIVE_PRESETS)?.icon ?? '/apps/custom.svg'));
  return icon;
}

/**
 * What a held notification says: app, arrival, tier, due time, why, title and body. Page-supplied
 * text is rendered as text. Overdue is said in words, in the theme's danger colour: a tier's own
 * colour (the user picks it) is only on its chip, since as text it may not read on a dark page.
 */
export function HeldItem({ item, tiers, now }: Props) {
  const tier = findTier(tiers, item.tierId);
  const overdue = item.dueAt !== undefined && item.dueAt <= now.getTime();
  const ownIcon = useIcon(item.iconKey);
  return (
    <div className="held-item">
      <img className="icon" src={iconOf(item.origin, ownIcon)} alt="" width={32} height={32} />
      <div className="held-text">
        <p className="muted">
          <span className="app">{item.app}</span>
          {item.conversation && ` · ${item.conversation}`}
          {item.sender && ` · ${item.sender}`} ·{' '}
          <time dateTime={new Date(item.createdAt).toISOString()}>{timeFormat.format(item.createdAt)}</time>
          {item.replaced ? ` · updated ${item.replaced} ${item.replaced === 1 ? 'time' : 'times'}` : ''}
        </p>
        <p className="muted sla">
          <span className="tier" style={{ borderColor: tier.color }}>
            {tier.name}
          </span>
          {item.dueAt !== undefined && (
            <span className={overdue ? 'due overdue' : 'due'}>
              {overdue ? `overdue since ${formatWhen(new Date(item.dueAt), now)}` : `reply by ${formatWhen(new Date(item.dueAt), now)}`}
            </span>
          )}
          {item.snoozedUntil !== undefined && item.snoozedUntil > now.getTime() && <span className="due">snoozed until {formatWhen(new Date(item.snoozedUntil), now)}</span>}
          <span className="why">why: {item.why}</span>
        </p>
        {item.burst !== undefined && <p className="burst">{countFormat.format(item.burst)} notifications in a burst; the latest:</p>}
        <p className="item-title">{item.title}</p>
        {item.body && <p className="item-body">{item.body}</p>}
      </div>
    </div>
  );
}
