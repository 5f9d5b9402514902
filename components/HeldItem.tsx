import type { HeldNotification } from '@/lib/capture/held-notification';
import { formatWhen } from '@/lib/focus/status-text';
import { findTier, type TierSettings } from '@/lib/sla/tiers';
import { ACTIVE_PRESETS } from '@/lib/sites/active-presets';
import { findPreset } from '@/lib/sites/presets';

interface Props {
  item: HeldNotification;
  tiers: TierSettings;
  now?: Date;
  onOpen: (id: number) => void;
  onMarkHandled: (id: number) => void;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', hour: 'numeric', minute: '2-digit' });
const countFormat = new Intl.NumberFormat();

/**
 * One held notification. Page-supplied text is rendered as text. The icon is the page's own only
 * when it was inline (a remote icon would be a network request on the user's behalf), else the
 * app's.
 */
export function HeldItem({ item, tiers, now = new Date(), onOpen, onMarkHandled }: Props) {
  const tier = findTier(tiers, item.tierId);
  const overdue = item.dueAt !== undefined && item.dueAt <= now.getTime();
  const icon = item.icon?.startsWith('data:image/') ? item.icon : (findPreset(item.origin, ACTIVE_PRESETS)?.icon ?? '/apps/custom.svg');
  const id = item.id;
  return (
    <li className="item held-item">
      <img className="icon" src={icon} alt="" width={32} height={32} />
      <div className="held-text">
        <p className="muted">
          <span className="app">{item.app}</span> ·{' '}
          <time dateTime={new Date(item.createdAt).toISOString()}>{timeFormat.format(item.createdAt)}</time>
          {item.replaced ? ` · updated ${item.replaced} ${item.replaced === 1 ? 'time' : 'times'}` : ''}
        </p>
        <p className="muted sla">
          <span className="tier" style={{ borderColor: tier.color }}>
            {tier.name}
          </span>
          {item.dueAt !== undefined && (
            <span className={overdue ? 'due overdue' : 'due'} style={overdue ? { color: tier.color } : undefined}>
              {overdue ? `overdue since ${formatWhen(new Date(item.dueAt), now)}` : `reply by ${formatWhen(new Date(item.dueAt), now)}`}
            </span>
          )}
          <span className="why">why: {item.why}</span>
        </p>
        {item.burst !== undefined && (
          <p className="burst">{countFormat.format(item.burst)} notifications in a burst; the latest:</p>
        )}
        <p className="item-title">{item.title}</p>
        {item.body && <p className="item-body">{item.body}</p>}
      </div>
      <div className="item-actions">
        <button type="button" aria-label={`Open: ${item.title}`} onClick={() => id !== undefined && onOpen(id)}>
          Open
        </button>
        <button type="button" aria-label={`Mark handled: ${item.title}`} onClick={() => id !== undefined && onMarkHandled(id)}>
          Mark handled
        </button>
      </div>
    </li>
  );
}
