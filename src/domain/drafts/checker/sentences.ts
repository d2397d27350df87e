/**
 * Splits a draft into sentences with their offsets, so rules can look for
 * cues within one sentence and report exact places. Lines always end a
 * sentence (greetings, bullets, sign-offs); so does . ! ? or … followed by
 * a space and a capital, a digit or a quote, except after a title ("Dr."),
 * an initial ("J.") or "e.g." / "i.e.". Small and dependency-free: a
 * follow-up note has none of the cases that need a full NLP tokenizer.
 */
import type { Place } from '../types.ts';

/** One sentence: where it is, and its text. */
export interface Sentence extends Place {
  /** The sentence as written (trimmed). */
  text: string;
}

/** Words after which a full stop does not end a sentence. */
const NEVER_ENDS = /(?:^|[\s(])(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|Sr|Jr|No|Nos|approx|vs|cf|e\.g|i\.e|[A-Z])\.$/u;

/** A break: a line end, or end-of-sentence marks (closing quotes or brackets included) then space. */
const BREAK = /\n|[.!?…]+["'’”)\]]*(?=\s+["'‘“(]?[\p{Lu}\p{N}])/gu;

/** The sentences of `text`, in order, with exact offsets; blank stretches are skipped. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  const push = (to: number) => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) sentences.push({ start: from + lead, end: from + lead + trimmed.length, text: trimmed });
  };
  for (const m of text.matchAll(BREAK)) {
    const end = m.index + m[0].length;
    if (m[0] !== '\n' && NEVER_ENDS.test(text.slice(Math.max(from, m.index - 6), m.index + 1))) continue;
    push(m[0] === '\n' ? m.index : end);
    from = end;
  }
  push(text.length);
  return sentences;
}
