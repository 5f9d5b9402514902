/** Finds which of a list of words or phrases occurs in a text, as whole words, in any case. */
export type WordMatcher = (text: string) => string | undefined;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const normalise = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();
// "not urgent", "non-urgent", "no emergency": a negated keyword is not an alarm.
const NEGATION_BEFORE = /(?:^|[^\p{L}\p{N}_])(?:not|non|no)[\s-]*$/iu;

/**
 * Compiles the list once into one regular expression. Letters, digits, "_", "-" and (before a
 * word) "@" and "#" count as part of a word, so "urgent" does not match "urgently" or
 * "non-urgent", and "@here" does not match "@@here"; phrases match across any white space.
 */
export function compileWordMatcher(words: readonly string[], { skipNegated = false } = {}): WordMatcher {
  const list = [...new Set(words.map(normalise).filter(Boolean))];
  if (list.length === 0) return () => undefined;
  // Longest first, so "prod down" wins over "prod" when both are listed.
  const alternatives = [...list].sort((a, b) => b.length - a.length).map((w) => escape(w).replace(/ /g, '\\s+'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_@#-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_-])`, 'giu');
  return (text) => {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (skipNegated && NEGATION_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
      const found = normalise(m[0]);
      return list.find((w) => w === found) ?? found;
    }
    return undefined;
  };
}
