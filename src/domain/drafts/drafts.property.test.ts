import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TONES } from '../facts-input.ts';
import { DRAFT_LIMITS, LINKEDIN_NOTE_LIMITS } from '../guidance.ts';
import { buildPlan } from '../plan/build-plan.ts';
import { factsInput, NOW } from '../testing/arbitraries.ts';
import { validateFacts } from '../validate-facts.ts';
import { buildDrafts, isThankYou } from './build-drafts.ts';
import { checkDraft } from './check-draft.ts';
import { countWords, PLACEHOLDER_PATTERN } from './text.ts';

const RUNS = 1000;
const plans = (complete: boolean) =>
  factsInput({ complete }).map((input) => {
    const result = validateFacts(input, { now: NOW });
    if (!result.ok) throw new Error(`generator made invalid input: ${JSON.stringify(result.errors)}`);
    return { facts: result.facts, plan: buildPlan(result.facts, { now: NOW }) };
  });

describe('drafts, for thousands of random valid facts', { timeout: 120_000 }, () => {
  it('keeps every draft of every step, in every tone, within its length limits', () => {
    fc.assert(
      fc.property(plans(false), fc.constantFrom(...TONES), ({ facts, plan }, tone) => {
        for (const step of plan.steps) {
          const drafts = buildDrafts(step, facts, tone);
          if (!drafts) continue;
          const words = countWords(drafts.email.body);
          if (isThankYou(step)) {
            expect(words, drafts.email.body).toBeGreaterThanOrEqual(DRAFT_LIMITS.thankYouWords.min);
            expect(words, drafts.email.body).toBeLessThanOrEqual(DRAFT_LIMITS.thankYouWords.max);
          } else expect(words, drafts.email.body).toBeLessThanOrEqual(DRAFT_LIMITS.shortEmailWords);
          expect(drafts.email.subject.length).toBeLessThanOrEqual(DRAFT_LIMITS.subjectChars);
          expect(countWords(drafts.card), drafts.card).toBeLessThanOrEqual(DRAFT_LIMITS.cardWords);
          expect(drafts.linkedin.free.length, drafts.linkedin.free).toBeLessThanOrEqual(LINKEDIN_NOTE_LIMITS.free);
          expect(drafts.linkedin.long.length, drafts.linkedin.long).toBeLessThanOrEqual(LINKEDIN_NOTE_LIMITS.long);
          expect(countWords(drafts.phone.join('\n'))).toBeLessThanOrEqual(DRAFT_LIMITS.phoneWords);
          const lengthFindings = checkDraft(drafts.email.body, { format: 'email', facts, stepKind: step.kind }).filter(
            (f) => f.ruleId === 'too-long',
          );
          expect(lengthFindings).toEqual([]);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('leaves no [placeholder] in any draft when every fact is given', () => {
    fc.assert(
      fc.property(plans(true), fc.constantFrom(...TONES), ({ facts, plan }, tone) => {
        for (const step of plan.steps) {
          const drafts = buildDrafts(step, facts, tone);
          if (!drafts) continue;
          const all = [
            drafts.email.subject,
            drafts.email.body,
            drafts.card,
            drafts.linkedin.free,
            drafts.linkedin.long,
            ...drafts.phone,
          ].join('\n');
          expect(all.match(PLACEHOLDER_PATTERN), all).toBeNull();
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('writes plain text with no markup and no unbalanced surrogate characters', () => {
    fc.assert(
      fc.property(plans(false), ({ facts, plan }) => {
        for (const step of plan.steps) {
          const drafts = buildDrafts(step, facts);
          if (!drafts) continue;
          for (const text of [drafts.email.body, drafts.card, drafts.linkedin.free, drafts.linkedin.long]) {
            expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
            expect(text).not.toMatch(/<\/?(p|br|div|b|i|a)\b/);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
