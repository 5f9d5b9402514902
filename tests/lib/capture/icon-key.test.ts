import { describe, expect, test } from 'vitest';
import { iconKeyOf } from '@/lib/capture/icon-key';

describe('iconKeyOf', () => {
  test.each([
    ['one character apart', 'data:image/png;base64,AAAA', 'data:image/png;base64,AAAB'],
    ['the same characters in another order', 'data:image/png;base64,ABAB', 'data:image/png;base64,BABA'],
    ['a prefix of the other', 'data:image/png;base64,AAAA', 'data:image/png;base64,AAAAA'],
  ])('icons %s have different keys', (_, a, b) => {
    expect(iconKeyOf(a)).not.toBe(iconKeyOf(b));
  });

  test('10,000 different icons of one size get 10,000 different short keys', () => {
    const keys = new Set<string>();
    for (let i = 0; i < 10_000; i++) keys.add(iconKeyOf(`data:image/png;base64,${i.toString(16).padStart(64, '0')}`));
    expect(keys.size).toBe(10_000);
    expect(Math.max(...[...keys].map((k) => k.length))).toBeLessThanOrEqual(24);
  });
});
