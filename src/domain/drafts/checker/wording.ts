/**
 * The wording rules: pay talk, pressure, apologies and self-criticism,
 * reproach, over-familiarity, emoji, stock phrases, stray punctuation and
 * repeats, and names that do not belong in this note. Larger than the core checks, so the planner loads this
 * module only once the user starts editing a draft (or a draft holds words
 * that may need it).
 */
import type { Finding, Place } from '../types.ts';
import type { CheckContext } from './context.ts';
import { markFindings } from './marks.ts';
import { payTalk } from './pay-talk.ts';
import { occurrences, strayNames, typedNames, wrongRecipient } from './people.ts';
import { phraseFindings } from './phrases.ts';
import { finding } from './rules.ts';
import { WORDING_RULE_INFO as INFO, type WordingRule } from './wording-rules.ts';

/** The wording findings for a text, unordered. */
export function wordingFindings(text: string, context: CheckContext): Finding[] {
  const found: Finding[] = [];
  const add = (ruleId: WordingRule, place: Place, reason?: string) =>
    found.push(finding(text, ruleId, place, INFO[ruleId], reason));
  if (context.stage !== 'offer') for (const place of payTalk(text)) add('salary', place);
  const { facts, recipient, elsewhere } = context;
  // The names the user typed keep their own marks ("Yahoo!", "Sr. Analyst"): only marks around them count.
  const names = facts ? typedNames(facts).flatMap((name) => occurrences(text, name, false)) : [];
  for (const { ruleId, place } of [...phraseFindings(text), ...markFindings(text, names)]) add(ruleId, place);
  if (facts && recipient)
    for (const slip of wrongRecipient(text, facts, recipient, elsewhere ?? null))
      add('wrong-recipient', slip.place, `${slip.reason} ${INFO['wrong-recipient'].reason}`);
  if (facts && elsewhere)
    for (const slip of strayNames(text, facts, elsewhere))
      add('stray-name', slip.place, `${slip.reason} ${INFO['stray-name'].reason}`);
  return found;
}

/** The shape of `wordingFindings`, for code that loads it on demand. */
export type WordingCheck = typeof wordingFindings;
