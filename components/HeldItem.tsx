import type { HeldNotification } from '@/lib/capture/held-notification';

interface Props {
  item: HeldNotification;
  onMarkHandled: (id: number) => void;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', hour: 'numeric', minute: '2-digit' });

/** One held notification. Page-supplied text is rendered as text; only inline icons are shown,
 * because loading a remote icon would make a network request on the user's behalf. */
export function HeldItem({ item, onMarkHandled }: Props) {
  const icon = item.icon?.startsWith('data:image/') ? item.icon : undefined;
  return (
    <li className="item held-item">
      {icon ? <img className="icon" src={icon} alt="" width={32} height={32} /> : <span className="icon" />}
      <div className="held-text">
        <p className="muted">
          <span className="app">{item.app}</span> ·{' '}
          <time dateTime={new Date(item.createdAt).toISOString()}>{timeFormat.format(item.createdAt)}</time>
        </p>
        <p className="item-title">{item.title}</p>
        {item.body && <p className="item-body">{item.body}</p>}
      </div>
      <button
        type="button"
        aria-label={`Mark handled: ${item.title}`}
        onClick={() => item.id !== undefined && onMarkHandled(item.id)}
      >
        Mark handled
      </button>
    </li>
  );
}
