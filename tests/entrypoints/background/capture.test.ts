import { beforeEach, describe, expect, test } from 'vitest';
import { getSenderOrigin, handleCapture } from '@/entrypoints/background/capture';
import { db } from '@/lib/db/app-db';
import { listHeld } from '@/lib/db/held-repo';
import { startManualSession } from '@/lib/db/sessions-repo';

type Sender = Parameters<typeof handleCapture>[1];

const NOW = new Date('2026-11-23T10:00:00-05:00');
const clock = () => NOW;
const slackTab: Sender = { origin: 'https://app.slack.com', url: 'https://app.slack.com/client/T1/C1', tab: { id: 7 } as Sender['tab'], frameId: 0 };
const request = { id: '42', source: 'new', title: 'Ana', body: 'prod is down?', tag: 'C1' };

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('handleCapture', () => {
  test('outside focus, the page is told to show it: nothing is stored', async () => {
    expect(await handleCapture(request, slackTab, clock)).toEqual({ held: false });
    expect(await listHeld(db)).toEqual([]);
  });

  test('during focus, the row is stored before "held" is answered, with the origin the browser gave', async () => {
    await startManualSession(db, NOW, { minutes: 50 });
    const forged = { ...request, origin: 'https://evil.example', app: 'Bank' };
    expect(await handleCapture(forged, slackTab, clock)).toEqual({ held: true });
    const [row] = await listHeld(db);
    expect(row).toMatchObject({
      origin: 'https://app.slack.com', app: 'Slack', tabId: 7, frameId: 0, hookId: '42',
      title: 'Ana', body: 'prod is down?', tag: 'C1', status: 'held', createdAt: NOW.getTime(),
    });
  });

  test.each([
    ['not an object', 'hello'],
    ['no id', { ...request, id: undefined }],
    ['an unknown source', { ...request, source: 'worker' }],
  ])('a malformed request (%s) is not held, so the page shows it', async (_, data) => {
    await startManualSession(db, NOW, { minutes: 50 });
    expect(await handleCapture(data, slackTab, clock)).toEqual({ held: false });
    expect(await listHeld(db)).toEqual([]);
  });
});

describe('getSenderOrigin', () => {
  test.each<[string, Sender, string | undefined]>([
    ['the frame origin the browser reports', { origin: 'https://mail.google.com', url: 'https://mail.google.com/mail/u/0/' }, 'https://mail.google.com'],
    ['an about:blank frame of a covered page', { origin: 'https://app.slack.com', url: 'about:blank' }, 'https://app.slack.com'],
    ['no origin field: the frame URL', { url: 'https://teams.microsoft.com/v2/' }, 'https://teams.microsoft.com'],
    ['an opaque origin with a non-web URL', { origin: 'null', url: 'about:srcdoc' }, undefined],
    ['nothing at all', {}, undefined],
  ])('%s', (_, sender, expected) => {
    expect(getSenderOrigin(sender)).toBe(expected);
  });
});
