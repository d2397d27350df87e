/**
 * Drafts benchmark, run by `npm run bench` after the planner's: how alike the
 * thank-you notes to different people in one plan are (sentence overlap once
 * greeting and sign-off are set aside, over realistic plans with and without
 * a detail per person, and for one person across rounds), and how long each
 * channel's drafts are, per tone (words; characters for LinkedIn). The
 * checker's time per draft follows in checker-bench.ts.
 */
import fc from 'fast-check';
import { buildDrafts, wordingCount } from '../src/domain/drafts/build-drafts.ts';
import { bodySentences, sentenceOverlap } from '../src/domain/drafts/similarity.ts';
import { countWords } from '../src/domain/drafts/text.ts';
import { TONES } from '../src/domain/facts-input.ts';
import { buildPlan } from '../src/domain/plan/build-plan.ts';
import { NOW } from '../src/domain/testing/arbitraries.ts';
import { realisticInput } from '../src/domain/testing/realistic.ts';
import { validateFacts } from '../src/domain/validate-facts.ts';
import type { Plan } from '../src/domain/plan/types.ts';

const PLANS = 1000;
const SEED = 20_261_203;

/** The q-quantile of sorted samples. */
const quantile = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;

function plans(details: boolean | undefined, panel?: { min: number; max: number }): Plan[] {
  return fc.sample(realisticInput({ details, panel }), { numRuns: PLANS, seed: SEED }).map((input) => {
    const result = validateFacts(input, { now: NOW });
    if (!result.ok) throw new Error(`invalid generated input: ${JSON.stringify(result.errors)}`);
    return buildPlan(result.facts, { now: NOW });
  });
}

/** Pairwise overlaps of thank-you bodies: people in the same round, and one person across rounds. */
function overlaps(list: readonly Plan[]): { panel: number[]; rounds: number[] } {
  const panel: number[] = [];
  const rounds: number[] = [];
  for (const plan of list)
    for (const tone of TONES) {
      const notes = plan.steps
        .filter((s) => s.kind === 'thank-you')
        .map((s) => ({
          s,
          body: bodySentences(buildDrafts(s, plan.facts, tone)?.email.body ?? '', [s.recipient.name]),
        }));
      for (const [i, a] of notes.entries())
        for (const b of notes.slice(i + 1)) {
          if (a.s.round === b.s.round) panel.push(sentenceOverlap(a.body, b.body));
          else if (a.s.recipient.id === b.s.recipient.id) rounds.push(sentenceOverlap(a.body, b.body));
        }
    }
  return { panel, rounds };
}

const pct = (n: number) => `${Math.round(n * 100)}%`;
function spread(label: string, values: number[]): void {
  const sorted = [...values].sort((a, b) => a - b);
  console.log(
    `  ${label.padEnd(34)} ${String(values.length).padStart(6)} pairs: min ${pct(sorted[0] ?? 0)}, median ${pct(quantile(sorted, 0.5))}, p90 ${pct(quantile(sorted, 0.9))}, max ${pct(sorted.at(-1) ?? 0)}`,
  );
}

console.log(`\nDrafts, ${PLANS} realistic plans per set (seed ${SEED}):`);
console.log('Sentence overlap of thank-you emails, greeting and sign-off aside (every tone, wording 0):');
const withDetails = overlaps(plans(true));
const without = overlaps(plans(false));
spread('panel, a detail for each person', withDetails.panel);
spread('panel, no details', without.panel);
spread('same person, later round', [...withDetails.rounds, ...without.rounds]);
spread('panel of 5–6, a detail each', overlaps(plans(true, { min: 5, max: 6 })).panel);
spread('panel of 5–6, no details', overlaps(plans(false, { min: 5, max: 6 })).panel);
spread('panel of 7–12, a detail each', overlaps(plans(true, { min: 7, max: 12 })).panel);
spread('panel of 7–12, no details', overlaps(plans(false, { min: 7, max: 12 })).panel);

console.log('Length per channel and tone (median / max; every step and wording):');
const sizes = new Map<string, number[]>();
const add = (key: string, n: number) => {
  const list = sizes.get(key);
  if (list) list.push(n);
  else sizes.set(key, [n]);
};
for (const plan of plans(undefined))
  for (const step of plan.steps)
    for (const tone of TONES)
      for (let w = 0; w < wordingCount(step, plan.facts, tone); w++) {
        const d = buildDrafts(step, plan.facts, tone, w);
        if (!d) continue;
        const email = step.kind === 'thank-you' || step.kind === 'thank-you-card' ? 'thank-you email' : 'other email';
        add(`${email} (words)|${tone}`, countWords(d.email.body));
        add(`card (words)|${tone}`, countWords(d.card));
        add(`LinkedIn free (chars)|${tone}`, d.linkedin.free.length);
        add(`LinkedIn long (chars)|${tone}`, d.linkedin.long.length);
        add(`phone script (words)|${tone}`, countWords(d.phone.join('\n')));
      }
const channels = [...new Set([...sizes.keys()].map((k) => k.split('|')[0] ?? ''))];
console.log(`  ${''.padEnd(22)} ${TONES.map((t) => t.padStart(12)).join(' ')}`);
for (const channel of channels) {
  const cells = TONES.map((tone) => {
    const sorted = [...(sizes.get(`${channel}|${tone}`) ?? [])].sort((a, b) => a - b);
    return `${quantile(sorted, 0.5)} / ${sorted.at(-1) ?? 0}`.padStart(12);
  });
  console.log(`  ${channel.padEnd(22)} ${cells.join(' ')}`);
}
