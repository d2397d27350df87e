/**
 * Slips of the keyboard a reader notices: more than one exclamation mark,
 * doubled punctuation ("Ltd..", "Hi Ann,,", "?."), the same word twice in a
 * row, and a sentence said twice.
 */
import type { Place } from '../types.ts';
import type { WordingRule } from './wording-rules.ts';
import { splitSentences } from './sentences.ts';

type Mark = { ruleId: WordingRule; place: Place };
const at = (m: RegExpMatchArray, ruleId: WordingRule): Mark => ({
  ruleId,
  place: { start: m.index ?? 0, end: (m.index ?? 0) + m[0].length },
});

/** Every run of "!" once a text has more than one: the first single mark is allowed. */
function exclamations(text: string): Mark[] {
  const runs = [...text.matchAll(/!+/g)];
  if (runs.reduce((n, m) => n + m[0].length, 0) <= 1) return [];
  return runs.filter((m, i) => i > 0 || m[0].length > 1).map((m) => at(m, 'exclamation'));
}

/** Abbreviations whose full stop may be followed by another mark ("Acme Ltd.; I…", "at Acme Inc.?"). */
const ABBREVIATION = String.raw`\b(?:Ltd|Inc|Co|Corp|Bros|etc|St|Jr|Sr|plc|PLC|LLC|LLP|GmbH|AG|SA|NV|BV|Pty|e\.g|i\.e|approx|No|vs|[A-Z])`;

/** Two marks where one belongs; an ellipsis ("..."), "?!" and "Ltd.," or "Ltd.;" are fine. */
const DOUBLED = new RegExp(
  String.raw`(?<!\.)\.\.(?!\.)|,{2,}|;{2,}|:{2,}|[?!]\.(?!\.)|(?<!\.|${ABBREVIATION})\.[?!;]|,[.;:]`,
  'g',
);

const WORD = /(?<![\p{L}\p{M}'’-])([\p{L}\p{M}'’-]+)(?:\s+\1)+(?![\p{L}\p{M}'’-])/giu;
/** Words that may rightly come twice ("I had had enough", "that that"). */
const MAY_REPEAT = new Set(['had', 'that', 'is', 'bye', 'very', 'so', 'really', 'no']);

/** Sentence text compared loosely: case, spacing and end marks aside. */
const loose = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\s\u00a0]+/gu, ' ')
    .replace(/^[•*-]\s*/u, '')
    .replace(/[.!?…]+$/u, '')
    .trim();
const wordCount = (s: string) => s.split(' ').filter(Boolean).length;

/**
 * A sentence that says again what an earlier one said, or that opens with the
 * four words the one before ended on ("…and I remain very interested. I remain
 * very interested in…"); sentences that merely open alike are fine.
 */
function repeatedSentences(text: string): Mark[] {
  const marks: Mark[] = [];
  const seen = new Set<string>();
  let previous = '';
  for (const sentence of splitSentences(text)) {
    const s = loose(sentence.text);
    const place = { start: sentence.start, end: sentence.end };
    if (wordCount(s) >= 4 && seen.has(s)) marks.push({ ruleId: 'repeated-sentence', place });
    else if (previous) {
      // "…and I remain very interested. I remain very interested in joining…"
      const head = s.split(' ').slice(0, 4).join(' ');
      if (wordCount(head) === 4 && ` ${previous}`.endsWith(` ${head}`))
        marks.push({ ruleId: 'repeated-sentence', place });
    }
    seen.add(s);
    previous = s;
  }
  return marks;
}

/** Exclamations, doubled punctuation, and repeated words and sentences. */
export function markFindings(text: string): Mark[] {
  return [
    ...exclamations(text),
    ...[...text.matchAll(DOUBLED)].map((m) => at(m, 'doubled-punctuation')),
    ...[...text.matchAll(WORD)]
      .filter((m) => !MAY_REPEAT.has((m[1] ?? '').toLowerCase()))
      .map((m) => at(m, 'repeated-word')),
    ...repeatedSentences(text),
  ];
}
