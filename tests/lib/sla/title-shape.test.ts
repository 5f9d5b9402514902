import { describe, expect, test } from 'vitest';
import { readTitleShape, type TitleShape } from '@/lib/sla/title-shape';

describe('readTitleShape', () => {
  test.each<{ app: string; title: string; body?: string; shape: TitleShape }>([
    { app: 'slack', title: 'Dana Smith', body: 'got a minute?', shape: { sender: 'Dana Smith', direct: true } },
    { app: 'slack', title: 'Dana Smith in #alerts', body: 'disk full', shape: { sender: 'Dana Smith', conversation: '#alerts', direct: false } },
    { app: 'slack', title: '#general', body: 'Sam: lunch', shape: { conversation: '#general', direct: false } },
    { app: 'slack', title: 'New message in #ops', shape: { conversation: '#ops', direct: false } },
    { app: 'discord', title: 'kim (#deploys, Infra)', body: 'done', shape: { sender: 'kim', conversation: '#deploys', direct: false } },
    { app: 'teams', title: 'Dana Smith posted in Design', shape: { sender: 'Dana Smith', conversation: 'Design', direct: false } },
    { app: 'teams', title: 'Lee mentioned you in Sales', shape: { sender: 'Lee', conversation: 'Sales', direct: false } },
    { app: 'google-chat', title: 'New message from Priya', shape: { sender: 'Priya', direct: true } },
    { app: 'whatsapp', title: 'Family', body: 'Mum: dinner at 7?', shape: { sender: 'Mum', conversation: 'Family', direct: false } },
    { app: 'site-mm', title: 'Town Square', body: '@dana: standup moved', shape: { sender: 'dana', conversation: 'Town Square', direct: false } },
    { app: 'site-mm', title: 'Dana in ~town-square', shape: { sender: 'Dana', conversation: '~town-square', direct: false } },
    { app: 'telegram', title: 'Alex', body: 'Alex: hi', shape: { sender: 'Alex', direct: true } },
    { app: 'gmail', title: 'Dana Smith', body: 'Q3 numbers', shape: { sender: 'Dana Smith' } },
    { app: 'outlook', title: 'New email from Sam Lee', shape: { sender: 'Sam Lee' } },
    { app: 'slack', title: '   ', shape: {} },
    { app: 'slack', title: 'x'.repeat(200), shape: { direct: true } },
  ])('$app: $title', ({ app, title, body = '', shape }) => {
    expect(readTitleShape(app, title, body)).toEqual(shape);
  });
});
