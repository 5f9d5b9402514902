import { describe, expect, test } from 'vitest';
import { commandForKey, keepCursor, stepCursor } from '@/lib/digest/digest-cursor';

describe('keepCursor', () => {
  test.each<{ name: string; before: string[]; after: string[]; cursor?: string; expected?: string }>([
    { name: 'its row stays: the cursor stays, even with new rows above', before: ['a', 'b', 'c'], after: ['n', 'a', 'b', 'c'], cursor: 'b', expected: 'b' },
    { name: 'its row leaves: the next row', before: ['a', 'b', 'c'], after: ['a', 'c'], cursor: 'b', expected: 'c' },
    { name: 'the last row leaves: the new last row', before: ['a', 'b', 'c'], after: ['a', 'b'], cursor: 'c', expected: 'b' },
    { name: 'several leave at once: the first still listed after it', before: ['a', 'b', 'c', 'd'], after: ['a', 'd'], cursor: 'b', expected: 'd' },
    { name: 'no cursor yet: the first row', before: [], after: ['a', 'b'], expected: 'a' },
    { name: 'the list empties: no cursor', before: ['a'], after: [], cursor: 'a', expected: undefined },
  ])('$name', ({ before, after, cursor, expected }) => {
    expect(keepCursor(before, after, cursor)).toBe(expected);
  });
});

describe('stepCursor', () => {
  test.each<{ cursor?: string; step: 1 | -1; expected?: string }>([
    { cursor: 'a', step: 1, expected: 'b' },
    { cursor: 'c', step: 1, expected: 'c' },
    { cursor: 'a', step: -1, expected: 'a' },
    { cursor: 'b', step: -1, expected: 'a' },
    { cursor: undefined, step: 1, expected: 'a' },
  ])('$cursor by $step is $expected', ({ cursor, step, expected }) => {
    expect(stepCursor(['a', 'b', 'c'], cursor, step)).toBe(expected);
  });
});

describe('commandForKey', () => {
  test.each([
    ['j', false, false, 'next'],
    ['k', false, false, 'previous'],
    ['Enter', false, false, 'open'],
    ['e', false, false, 'handle'],
    ['s', false, false, 'snooze'],
    ['r', false, false, 'reply'],
    ['/', false, false, 'search'],
    ['?', false, false, 'help'],
    ['j', true, false, undefined],
    ['e', false, true, undefined],
    ['x', false, false, undefined],
  ] as const)('%s (in a field: %s, modified: %s) is %s', (key, inField, modified, expected) => {
    expect(commandForKey(key, { inField, modified })).toBe(expected);
  });
});
