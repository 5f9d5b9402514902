import { z } from '@/lib/zod-jitless';
import { COPY_CHANNEL, EMAIL_CHANNEL, type EmailApp, type Webhook } from '../../queue/channels';
import type { SectionDef } from '../section';
import { label } from './fields';

export interface DeliverySettings {
  webhooks: Webhook[];
  email: EmailApp;
  /** The channel the composer starts with: a webhook's id, 'email' or 'copy'. */
  defaultChannelId: string;
  /** When questions go out unless the composer says otherwise. */
  sendAt: 'block-end' | 'digest-time';
}

const webhook = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  name: label('webhook', 60),
  kind: z.enum(['slack', 'mattermost', 'discord', 'teams', 'generic']),
  url: z.string().max(2_000).refine((u) => /^https?:\/\//.test(u) && URL.canParse(u), 'Paste the whole webhook address, starting with https://.'),
});

const schema: z.ZodType<DeliverySettings> = z
  .object({
    webhooks: z.array(webhook).max(20, 'At most 20 webhooks.'),
    email: z.enum(['gmail', 'outlook', 'mailto']),
    defaultChannelId: z.string().max(40),
    sendAt: z.enum(['block-end', 'digest-time']),
  })
  .superRefine((s, ctx) => {
    const ids = [EMAIL_CHANNEL, COPY_CHANNEL, ...s.webhooks.map((w) => w.id)];
    if (!ids.includes(s.defaultChannelId)) ctx.addIssue({ code: 'custom', path: ['defaultChannelId'], message: 'Pick a channel that exists.' });
    s.webhooks.forEach((w, i) => {
      if (s.webhooks.findIndex((o) => o.name.toLowerCase() === w.name.toLowerCase()) !== i) ctx.addIssue({ code: 'custom', path: ['webhooks', i, 'name'], message: `Another webhook is called ${w.name}.` });
    });
  });

export const deliverySection: SectionDef<DeliverySettings> = {
  name: 'delivery',
  title: 'Delivery channels',
  version: 1,
  schema,
  defaults: { webhooks: [], email: 'mailto', defaultChannelId: COPY_CHANNEL, sendAt: 'block-end' },
};
