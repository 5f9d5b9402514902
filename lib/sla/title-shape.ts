/** What a notification's title (and the start of its body) says about where it came from. */
export interface TitleShape {
  sender?: string;
  conversation?: string;
  /** true: a direct message; false: a channel or group; undefined: the shape does not say. */
  direct?: boolean;
}

/** Mail apps title a notification with the sender; "direct or channel" means nothing there. */
const MAIL_APPS = new Set(['gmail', 'outlook', 'outlook-personal']);
const MAX_NAME = 80;

const clean = (text: string | undefined) => {
  const t = text?.trim();
  return t && t.length <= MAX_NAME ? t : undefined;
};

// Shapes chat apps use, most specific first. Each returns the shape or undefined.
const SHAPES: ((title: string) => TitleShape | undefined)[] = [
  // Discord: "Dana (#general, Team server)"
  (title) => {
    const m = /^(.+?) \((#[^,()]+)(?:, [^()]+)?\)$/.exec(title);
    return m ? { sender: clean(m[1]), conversation: clean(m[2]), direct: false } : undefined;
  },
  // Teams and others: "Dana posted in Design", "Dana replied in #ops", "Dana mentioned you in Sales"
  (title) => {
    const m = /^(.+?) (?:posted|replied|mentioned you|reacted) in (.+)$/i.exec(title);
    return m ? { sender: clean(m[1]), conversation: clean(m[2]), direct: false } : undefined;
  },
  // "New message in #general", "#general"
  (title) => {
    const m = /^(?:new messages? in )?([#~][^\s:]+)/i.exec(title);
    return m ? { conversation: clean(m[1]), direct: false } : undefined;
  },
  // "Dana in #general", "Dana in ~town-square"
  (title) => {
    const m = /^(.+?) in ([#~]\S.*)$/.exec(title);
    return m ? { sender: clean(m[1]), conversation: clean(m[2]), direct: false } : undefined;
  },
  // "New message from Dana", "Message from Dana", "Dana sent you a message"
  (title) => {
    const m = /^(?:new )?messages? from (.+)$/i.exec(title) ?? /^(.+?) sent you a (?:direct )?message$/i.exec(title);
    return m ? { sender: clean(m[1]), direct: true } : undefined;
  },
];

/**
 * Reads the sender, the conversation and direct-or-channel from the title's shape, as the big
 * apps write them. A group chat (WhatsApp, Telegram, Google Chat spaces, Mattermost channels)
 * puts the group in the title and "Dana: …" in the body. A plain title in a chat app is the
 * sender of a direct message. Mail apps: the title is the sender.
 */
export function readTitleShape(appId: string, title: string, body: string): TitleShape {
  const text = title.trim();
  if (!text) return {};
  if (MAIL_APPS.has(appId)) return { sender: clean(text.replace(/^new (?:e-?mail|message) from /i, '')) };
  for (const shape of SHAPES) {
    const found = shape(text);
    if (found) return found;
  }
  const inBody = /^@?([^:\n]{1,60}):\s/.exec(body.trim());
  if (inBody && clean(inBody[1]) !== text) return { sender: clean(inBody[1]), conversation: clean(text), direct: false };
  return { sender: clean(text), direct: true };
}
