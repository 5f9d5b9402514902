import { beforeEach, describe, expect, test } from 'vitest';
import { createTitleQuieter } from '@/entrypoints/bridge.content/title-quieter';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  document.title = '(3) Inbox';
});

describe('createTitleQuieter', () => {
  test('during focus the count leaves the title, titles the page sets stay without it, and afterwards the page’s latest comes back', async () => {
    const title = createTitleQuieter(document);
    title.setQuiet(true);
    expect(document.title).toBe('Inbox');
    document.title = '(4) Inbox';
    await settle();
    expect(document.title).toBe('Inbox');
    title.setQuiet(false);
    expect(document.title).toBe('(4) Inbox');
  });

  test('stopped (a newer relay took over), it puts the title back and never quiets it again', async () => {
    const title = createTitleQuieter(document);
    title.setQuiet(true);
    title.stop();
    expect(document.title).toBe('(3) Inbox');
    // A flag that was on its way when this copy was stopped.
    title.setQuiet(true);
    document.title = '(5) Inbox';
    await settle();
    expect(document.title).toBe('(5) Inbox');
  });
});
