/**
 * The checks every draft gets at once, small enough to ship with the plan:
 * length (with the words past the limit marked), placeholders left in, and
 * names spelled differently from the facts. The rest (wording, punctuation,
 * repeats, names from other plans) is in wording.ts, loaded on demand.
 */
import { nameSlips } from '../names.ts';
import { PLACEHOLDER_PATTERN } from '../text.ts';
import type { Finding } from '../types.ts';
import type { CheckContext } from './context.ts';
import { lengthLimit, overflow, sizeOf } from './length.ts';
import { CORE_RULE_INFO as INFO, finding } from './rules.ts';

/** The length finding (if any), placeholders and name slips, unordered. */
export function coreFindings(text: string, context: CheckContext): Finding[] {
  const found: Finding[] = [];
  const limit = lengthLimit(context.format, context.stepKind);
  const over = overflow(text, limit);
  if (over) {
    const reason = `This is ${sizeOf(text, limit)} ${limit.unit}; aim for ${limit.max} or fewer. ${INFO['too-long'].reason}`;
    found.push(finding(text, 'too-long', over, { ...INFO['too-long'], guide: limit.guide }, reason));
  }
  for (const m of text.matchAll(PLACEHOLDER_PATTERN))
    found.push(finding(text, 'placeholder', { start: m.index, end: m.index + m[0].length }, INFO.placeholder));
  if (context.facts)
    for (const slip of nameSlips(text, context.facts)) {
      const place = { start: slip.index, end: slip.index + slip.written.length };
      const reason = `You wrote “${slip.written}”, but you gave the name as “${slip.expected}”. ${INFO['name-spelling'].reason}`;
      found.push(finding(text, 'name-spelling', place, INFO['name-spelling'], reason));
    }
  return found;
}

/** Which finding wins when two rules mark overlapping words: a wrong person beats a misspelling. */
const SAME_WORDS_ORDER = ['wrong-recipient', 'stray-name', 'name-spelling'];

/**
 * Orders findings (length first: it is about the whole; then reading order)
 * and drops a name finding that a stronger one already covers.
 */
export function orderFindings(findings: readonly Finding[]): Finding[] {
  const rank = (f: Finding) => SAME_WORDS_ORDER.indexOf(f.ruleId);
  const overlap = (a: Finding, b: Finding) => a.place.start < b.place.end && b.place.start < a.place.end;
  const kept = findings.filter(
    (f) => rank(f) < 0 || !findings.some((o) => o !== f && rank(o) >= 0 && rank(o) < rank(f) && overlap(o, f)),
  );
  const key = (f: Finding) => (f.ruleId === 'too-long' ? -1 : f.place.start);
  return kept.sort((a, b) => key(a) - key(b) || a.place.end - b.place.end);
}
