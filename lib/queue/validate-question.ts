import type { TierSettings } from '../sla/tiers';
import type { WorkingHours } from '../time/business-time';
import { parseTypedTime } from '../time/typed-time';
import { defaultNeededBy } from './needed-by-default';
import { MAX_PART_CHARS, MAX_QUESTION_CHARS, MAX_RECIPIENT_CHARS, type QuestionContext, type QueuedQuestion, type SendWhen } from './question';
import { checkTemplateParts, isTemplateId, TEMPLATES } from './templates';

/** What the composer sends: typed text as typed; the background reads times itself. */
export interface QuestionRequest {
  template?: unknown;
  text?: unknown;
  parts?: unknown;
  recipient?: unknown;
  channelId?: unknown;
  tierId?: unknown;
  blocking?: unknown;
  /** Typed words ("Thu 3pm"); empty: the tier's default. */
  neededBy?: unknown;
  /** 'block-end' | 'digest-time' | 'not-before' | 'now'. */
  sendAt?: unknown;
  /** Typed words, for 'not-before'. */
  sendTime?: unknown;
  context?: unknown;
}

export interface QuestionRules {
  now: Date;
  hours: WorkingHours;
  tiers: TierSettings;
  /** The channels a question may use: configured webhooks, 'email', 'copy'. */
  channelIds: readonly string[];
  locale?: string;
}

export type QuestionValidation = { ok: true; question: QueuedQuestion } | { ok: false; errors: Record<string, string> };

const text = (v: unknown, max: number) => (typeof v === 'string' ? v.trim().slice(0, max) : '');

function readContext(raw: unknown): QuestionContext | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const c = raw as Record<string, unknown>;
  const url = text(c.url, 2_000);
  const context: QuestionContext = {
    ...(text(c.title, 300) ? { title: text(c.title, 300) } : {}),
    // Only web links: a context link is clicked by the person who gets the message.
    ...(/^https?:\/\//i.test(url) ? { url } : {}),
    ...(text(c.quote, MAX_QUESTION_CHARS) ? { quote: text(c.quote, MAX_QUESTION_CHARS) } : {}),
  };
  return Object.keys(context).length ? context : undefined;
}

/**
 * Checks a question whole, every field at once, so the composer can show each message beside
 * its own field; nothing is queued until all is well. Needed-by and "not before" are read here
 * from the words typed, with the one parser of typed times.
 */
export function validateQuestionRequest(input: QuestionRequest, rules: QuestionRules): QuestionValidation {
  const errors: Record<string, string> = {};
  const template = isTemplateId(input.template) ? input.template : 'plain';
  const main = typeof input.text === 'string' ? input.text.trim() : '';
  if (!main) errors.text = template === 'plain' ? 'Write the question first.' : `Fill in ${TEMPLATES[template].mainLabel.toLowerCase()}.`;
  else if (main.length > MAX_QUESTION_CHARS) errors.text = `Keep it under ${MAX_QUESTION_CHARS} characters.`;
  const recipient = typeof input.recipient === 'string' ? input.recipient.trim() : '';
  if (!recipient) errors.recipient = 'Say who should answer.';
  else if (recipient.length > MAX_RECIPIENT_CHARS) errors.recipient = 'That recipient name is too long.';
  const channelId = typeof input.channelId === 'string' ? input.channelId : '';
  if (!rules.channelIds.includes(channelId)) errors.channelId = 'Pick a channel.';
  const tier = rules.tiers.tiers.find((t) => t.id === input.tierId);
  if (!tier) errors.tierId = 'Pick a tier.';
  const blocking = input.blocking === true;

  const rawParts = input.parts && typeof input.parts === 'object' ? (input.parts as Record<string, unknown>) : {};
  const parts = Object.fromEntries(TEMPLATES[template].parts.map((p) => [p.key, text(rawParts[p.key], MAX_PART_CHARS)]).filter(([, v]) => v));
  for (const [key, message] of Object.entries(checkTemplateParts(template, parts))) errors[`parts.${key}`] = message;

  let neededBy: number | undefined;
  const typedNeed = typeof input.neededBy === 'string' ? input.neededBy.trim() : '';
  if (typedNeed) {
    const read = parseTypedTime(typedNeed, rules, rules.locale);
    if (read.ok) neededBy = read.at.getTime();
    else errors.neededBy = read.error;
  } else if (tier) neededBy = defaultNeededBy(rules.tiers, tier.id, blocking, rules.now, rules.hours).getTime();

  let send: SendWhen = { at: 'block-end' };
  if (input.sendAt === 'digest-time' || input.sendAt === 'now') send = { at: input.sendAt };
  else if (input.sendAt === 'not-before') {
    const read = parseTypedTime(typeof input.sendTime === 'string' ? input.sendTime : '', rules, rules.locale);
    if (read.ok) send = { at: 'not-before', time: read.at.getTime() };
    else errors.sendTime = read.error;
  }
  if (neededBy !== undefined && send.at === 'not-before' && send.time > neededBy) errors.sendTime = 'That is after the needed-by time: it could not be answered in time.';

  if (Object.keys(errors).length > 0 || neededBy === undefined || !tier) return { ok: false, errors };
  const context = readContext(input.context);
  return {
    ok: true,
    question: {
      template,
      text: main,
      ...(Object.keys(parts).length ? { parts } : {}),
      recipient,
      channelId,
      tierId: tier.id,
      blocking,
      neededBy,
      send,
      ...(context ? { context } : {}),
      createdAt: rules.now.getTime(),
      status: 'queued',
    },
  };
}
