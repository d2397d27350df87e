import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TONES } from '../facts-input.ts';
import { buildPlan } from '../plan/build-plan.ts';
import { factsInput, NOW } from '../testing/arbitraries.ts';
import { validateFacts } from '../validate-facts.ts';
import { buildDrafts } from './build-drafts.ts';
import { PLACEHOLDER_PATTERN } from './text.ts';

const RUNS = 1000;
const plans = (complete: boolean) =>
  factsInput({ complete }).map((input) => {
    const result = validateFacts(input, { now: NOW });
    if (!result.ok) throw new Error(`generator made invalid input: ${JSON.stringify(result.errors)}`);
    return { facts: result.facts, plan: buildPlan(result.facts, { now: NOW }) };
  });

describe('drafts, for thousands of random valid facts', { timeout: 120_000 }, () => {
  it('keeps the user’s strengths whole in every thank-you that states interest, and adds no ellipsis of its own', () => {
    fc.assert(
      fc.property(plans(false), fc.constantFrom(...TONES), ({ facts, plan }, tone) => {
        const typed = [facts.notes.strengths, facts.notes.correction, facts.notes.question].join(' ');
        for (const step of plan.steps) {
          const drafts = buildDrafts(step, facts, tone);
          if (!drafts) continue;
          const all = [drafts.email.body, drafts.card, drafts.linkedin.long, ...drafts.phone].join('\n');
          if (!typed.includes('…') && !facts.interviewers.some((p) => p.name.includes('…')))
            expect(all, all).not.toContain('…');
          const strengths = facts.notes.strengths?.replace(/[\s,;:–—-]+$/u, '');
          if (
            step.kind === 'thank-you' &&
            step.round === 1 &&
            strengths &&
            facts.read.interest !== 'no' &&
            strengths.length > 3
          )
            expect(drafts.email.body).toContain(strengths.slice(1));
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
