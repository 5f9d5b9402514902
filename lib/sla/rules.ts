/**
 * What a classification rule looks at:
 * - keyword: words or phrases in the title or body (whole words, any case);
 * - sender / conversation: names, matched on the title (and on the sender or conversation the
 *   title's shape reveals, see title-shape.ts);
 * - app: the app the notification came from (preset or self-hosted app ids);
 * - direct / channel: a direct message, or a message in a channel or group, where the app's
 *   title shape shows which;
 * - vip: the sender is on the VIP list.
 */
export type RuleKind = 'keyword' | 'sender' | 'conversation' | 'app' | 'direct' | 'channel' | 'vip';

export interface Rule {
  id: string;
  kind: RuleKind;
  /** Keywords, names or app ids; unused by direct, channel and vip rules. */
  values: string[];
  tierId: string;
  enabled: boolean;
}

export interface RuleSettings {
  /** In order: the first rule that matches decides the tier. */
  rules: Rule[];
  /** VIP senders, for `vip` rules. */
  vips: string[];
  /** Per app id: the tier of its messages when no rule matches. */
  appTiers: Record<string, string>;
}

export const RULE_KINDS_WITH_VALUES: readonly RuleKind[] = ['keyword', 'sender', 'conversation', 'app'];

export const DEFAULT_URGENT_KEYWORDS = ['urgent', 'outage', 'incident', 'emergency', 'prod down', '@here', '@channel'];

export const DEFAULT_RULE_SETTINGS: RuleSettings = {
  rules: [
    { id: 'urgent-words', kind: 'keyword', values: [...DEFAULT_URGENT_KEYWORDS], tierId: 'urgent', enabled: true },
    { id: 'vip-senders', kind: 'vip', values: [], tierId: 'important', enabled: true },
    { id: 'direct-messages', kind: 'direct', values: [], tierId: 'important', enabled: true },
  ],
  vips: [],
  appTiers: {},
};

/** "keyword", "sender" …: how a rule kind reads in a sentence. */
export const RULE_KIND_LABELS: Record<RuleKind, string> = {
  keyword: 'Keywords in title or body',
  sender: 'Sender',
  conversation: 'Conversation',
  app: 'App',
  direct: 'Direct message',
  channel: 'Channel or group message',
  vip: 'VIP sender',
};
