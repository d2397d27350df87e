/**
 * How alike two notes are, the way a panel comparing notes would see it: the
 * share of sentences they have in common once the greeting and sign-off are
 * set aside and each reader's own name is blanked out. Used by the tests that
 * keep panel notes apart and by the benchmark that reports the spread.
 */
import { splitSentences } from './checker/sentences.ts';

/** The sentences of an email body between its greeting and its sign-off, compared loosely, names blanked. */
export function bodySentences(body: string, names: readonly string[] = []): string[] {
  const paras = body.split(/\n\s*\n/u);
  const middle = paras.slice(/^(?:dear|hi|hello)\b/iu.test(paras[0] ?? '') ? 1 : 0, -1).join('\n\n');
  const words = names.flatMap((n) => n.split(/\s+/u)).filter((w) => w.length > 1);
  return splitSentences(middle).map((s) => {
    let text = s.text.toLowerCase().replace(/\s+/gu, ' ');
    for (const w of words) text = text.split(w.toLowerCase()).join('·');
    return text;
  });
}

/** Shared sentences over the shorter note's sentence count: 0 = nothing in common, 1 = one contains the other. */
export function sentenceOverlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const other = new Set(b);
  const shared = new Set(a.filter((s) => other.has(s))).size;
  return shared / Math.min(new Set(a).size, other.size);
}
