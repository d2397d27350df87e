/**
 * Slips of the keyboard a reader notices: more than one exclamation mark,
 * doubled punctuation ("Ltd..", "Hi Ann,,", "?.", "??"), a full stop left
 * mid-sentence, the same word twice in a row, and a sentence said twice.
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
function exclamations(text: string, names: readonly Place[]): Mark[] {
  // A name's own "!" ("Yahoo!") is blanked out, so it neither counts nor is marked.
  let own = text;
  for (const n of names) own = own.slice(0, n.start) + ' '.repeat(n.end - n.start) + own.slice(n.end);
  const runs = [...own.matchAll(/!+/g)];
  if (runs.reduce((n, m) => n + m[0].length, 0) <= 1) return [];
  return runs.filter((m, i) => i > 0 || m[0].length > 1).map((m) => at(m, 'exclamation'));
}

/** Abbreviations whose full stop may be followed by another mark ("Acme Ltd.; I…", "at Acme Inc.?"). */
const ABBREVIATION = String.raw`\b(?:Ltd|Inc|Co|Corp|Bros|etc|St|Jr|Sr|plc|PLC|LLC|LLP|GmbH|AG|SA|NV|BV|Pty|e\.g|i\.e|approx|No|vs|[A-Z])`;

/** Two marks where one belongs ("??", “"quoted"”); an ellipsis ("..."), "?!" and "Ltd.," or "Ltd.;" are fine. */
const DOUBLED = new RegExp(
  String.raw`(?<!\.)\.\.(?!\.)|,{2,}|;{2,}|:{2,}|\?{2,}|["“”]{2,}|[?!]\.(?!\.)|(?<!\.|${ABBREVIATION})\.[?!;]|,[.;:]`,
  'g',
);

/**
 * A full stop left mid-sentence: a lower-case word, the stop, a space and a lower-case word ("analytics. to").
 * Not after an initial ("j. smith"), a dotted abbreviation ("e.g.", "a.m."), one of these short forms, or before
 * a word with a capital ("iPhone") or an address ("www.acme.com").
 */
const STRAY_STOP =
  /(?<![\p{L}\p{M}\p{N}.@'’-])(?!(?:etc|approx|incl|excl|esp|vs|cf|viz|ca|al|min|max|dept|misc|yrs?|hrs?|mins?|wks?)\.)\p{Ll}[\p{Ll}\p{M}'’-]+\.[^\S\n]+\p{Ll}[\p{Ll}\p{M}'’-]*(?![\p{L}\p{M}\p{N}]|[.@/:]\p{L})/gu;

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

/**
 * Exclamations, doubled punctuation, stray full stops, repeated words and sentences. `names` are the places of names the
 * user typed ("Yahoo!", "Duran Duran"): marks and repeats wholly inside one are theirs, not slips.
 */
export function markFindings(text: string, names: readonly Place[] = []): Mark[] {
  const inName = (m: Mark) => names.some((n) => n.start <= m.place.start && m.place.end <= n.end);
  const marks = [
    ...[...text.matchAll(DOUBLED)].map((m) => at(m, 'doubled-punctuation')),
    ...[...text.matchAll(WORD)]
      .filter((m) => !MAY_REPEAT.has((m[1] ?? '').toLowerCase()))
      .map((m) => at(m, 'repeated-word')),
  ];
  // A stray stop touching a name at all is left alone: a name may be typed in lower case ("bell hooks").
  const stops = [...text.matchAll(STRAY_STOP)]
    .map((m) => at(m, 'stray-full-stop'))
    .filter((m) => !names.some((n) => n.start < m.place.end && m.place.start < n.end));
  return [...exclamations(text, names), ...marks.filter((m) => !inName(m)), ...stops, ...repeatedSentences(text)];
}
