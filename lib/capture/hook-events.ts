/**
 * Events between the MAIN-world hook and the ISOLATED-world bridge, all named `headsdown:<kind>`.
 * Details are JSON strings because objects do not cross the boundary between worlds reliably.
 *   hook → bridge: hello (ask for the flag again), capture {id, source, title, body, tag, icon}
 *   bridge → hook: flag {until}, received {id}, ack {id, held}, click {id}
 * The page can see and forge all of these; the background trusts none of it.
 */
export const HOOK_EVENT_PREFIX = 'headsdown:';

export type HookEventKind = 'hello' | 'capture' | 'flag' | 'received' | 'ack' | 'click';

/**
 * How long the hook waits for the relay to say it received a capture ("received", at once, from
 * a relay whose extension is alive) before it shows the notification natively: an orphaned relay
 * (the extension was reloaded or updated) says nothing.
 */
export const ACK_TIMEOUT_MS = 150;

/**
 * How long a capture the relay received waits for "held" from the background (it is stored
 * first): storing a flood of a thousand takes longer than ACK_TIMEOUT_MS on a busy machine.
 */
export const STORE_TIMEOUT_MS = 5_000;

/**
 * How long a capture made before the relay arrived waits for it. The relay comes at
 * document_idle, within a moment of DOMContentLoaded; one that does not come by then never will
 * (the extension was removed or reloaded while the page loaded), and the notification is shown.
 */
export const RELAY_WAIT_MS = 5_000;

/**
 * Where, in the page origin's localStorage, the hold script leaves the captures it was keeping
 * when its page went away: under this prefix and the first one's id, a JSON array of captures.
 * A relay in that origin takes them when it starts, when its page comes back from the
 * back/forward cache, and when another page of the origin leaves some.
 */
export const LEFT_KEY = 'headsdown:left:';

/** The `Symbol.for()` name under which the hold script leaves its hub on the page's window. */
export const HUB_MARK = 'headsdown.hub';

/** The bridge forwards nothing larger; the hook then fails open. */
export const MAX_CAPTURE_DETAIL_CHARS = 256 * 1024;
