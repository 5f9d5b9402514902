import { describe, expect, test } from 'vitest';
import { compileWordMatcher } from '@/lib/sla/word-match';
import { DEFAULT_URGENT_KEYWORDS } from '@/lib/sla/rules';

const urgent = compileWordMatcher(DEFAULT_URGENT_KEYWORDS, { skipNegated: true });

describe('compileWordMatcher', () => {
  test.each<[string, string | undefined]>([
    ['Outage in eu-west', 'outage'],
    ['we have an OUTAGE', 'outage'],
    ['URGENT: call me', 'urgent'],
    ['@here prod is down', '@here'],
    ['hey @channel, deploy frozen', '@channel'],
    ['prod down again', 'prod down'],
    ['prod   down', 'prod down'],
    ['is prod\ndown?', 'prod down'],
    ['this is urgently needed', undefined],
    ['non-urgent: lunch menu', undefined],
    ['not urgent, whenever', undefined],
    ['no emergency, just FYI', undefined],
    ['email me@here.com', undefined],
    ['@@here', undefined],
    ['incidents report attached', undefined],
    ['production down', undefined],
    ['an incident, not urgent', 'incident'],
    ['', undefined],
  ])('%j → %s', (text, expected) => {
    expect(urgent(text)).toBe(expected);
  });

  test('an empty list matches nothing', () => {
    expect(compileWordMatcher(['', '  '])('anything')).toBeUndefined();
  });

  test('the longest phrase wins and special characters are literal', () => {
    const m = compileWordMatcher(['prod', 'prod down', 'c++', 'a.b']);
    expect(m('prod down now')).toBe('prod down');
    expect(m('we use c++ here')).toBe('c++');
    expect(m('axb')).toBeUndefined();
  });

  test('without skipNegated a negated word still matches (names, not alarms)', () => {
    expect(compileWordMatcher(['urgent'])('not urgent')).toBe('urgent');
  });
});
