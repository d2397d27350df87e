/**
 * Checker benchmark, run by `npm run bench` after the planner's: the time
 * `checkDraft` takes per draft over the engine's own drafts (every step ×
 * format × tone of random plans), the core checks alone (what runs before the
 * wording rules load), the precision and recall on the labelled corpus, and
 * the gzipped size of each half as the browser loads it.
 */
import { build } from 'esbuild';
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildDrafts } from '../src/domain/drafts/build-drafts.ts';
import { checkDraft, type CheckContext } from '../src/domain/drafts/check-draft.ts';
import { TONES } from '../src/domain/facts-input.ts';
import { buildPlan } from '../src/domain/plan/build-plan.ts';
import { factsInput, NOW } from '../src/domain/testing/arbitraries.ts';
import { CORPUS, CORPUS_RULES, scoreCorpus } from '../src/domain/testing/checker-corpus.ts';
import { validateFacts } from '../src/domain/validate-facts.ts';

const PLANS = 300;
const SEED = 20_261_110;

/** The q-quantile of sorted samples. */
const quantile = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;

/** Every draft text of every step, format and tone, with the context the planner checks it in. */
const drafts: { text: string; context: CheckContext }[] = [];
for (const input of fc.sample(factsInput({ complete: true }), { numRuns: PLANS, seed: SEED })) {
  const result = validateFacts(input, { now: NOW });
  if (!result.ok) continue;
  const facts = result.facts;
  for (const step of buildPlan(facts, { now: NOW }).steps)
    for (const tone of TONES) {
      const d = buildDrafts(step, facts, tone);
      if (!d) continue;
      const base = { facts, stepKind: step.kind, recipient: step.recipient };
      drafts.push(
        { text: d.email.subject, context: { ...base, format: 'subject' } },
        { text: d.email.body, context: { ...base, format: 'email' } },
        { text: d.card, context: { ...base, format: 'card' } },
        { text: d.linkedin.free, context: { ...base, format: 'linkedin-free' } },
        { text: d.linkedin.long, context: { ...base, format: 'linkedin-long' } },
        { text: d.phone.join('\n'), context: { ...base, format: 'phone' } },
      );
    }
}

/** Runs per draft; the fastest counts (a shared machine preempts single runs, which says nothing of the checker). */
const BEST_OF = 3;

/** Median and p99 microseconds per draft. */
function time(run: (d: (typeof drafts)[number]) => unknown): [number, number] {
  for (const d of drafts.slice(0, 300)) run(d); // warm-up
  const samples = drafts.map((d) => {
    let best = Infinity;
    for (let i = 0; i < BEST_OF; i++) {
      const start = performance.now();
      run(d);
      best = Math.min(best, performance.now() - start);
    }
    return best * 1000;
  });
  samples.sort((a, b) => a - b);
  return [quantile(samples, 0.5), quantile(samples, 0.99)];
}

const [fullMedian, fullP99] = time((d) => checkDraft(d.text, d.context));
const [coreMedian, coreP99] = time((d) => checkDraft(d.text, d.context, null));
const us = (n: number) => `${n.toFixed(1)} µs`;
console.log(
  `\ncheckDraft over the engine's drafts (${drafts.length} drafts from ${PLANS} random plans, every tone; best of ${BEST_OF} runs each):`,
);
console.log(`  all rules    median ${us(fullMedian)}, p99 ${us(fullP99)} per draft`);
console.log(`  core alone   median ${us(coreMedian)}, p99 ${us(coreP99)} per draft`);

const scores = scoreCorpus((text) => checkDraft(text, { format: 'email', facts: null }).map((f) => f.ruleId));
const pct = (n: number) => n.toFixed(3);
console.log(`labelled corpus, ${CORPUS.length} sentences:`);
for (const rule of [...CORPUS_RULES, 'all' as const]) {
  const s = scores[rule];
  console.log(`  ${rule.padEnd(19)} precision ${pct(s.precision)}, recall ${pct(s.recall)} (${s.truePositives} hits)`);
}

/** Gzipped size of one module bundled as the browser gets it. */
async function gzipSize(path: string): Promise<number> {
  const entry = fileURLToPath(new URL(path, import.meta.url));
  const out = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', write: false });
  return gzipSync(out.outputFiles[0]?.contents ?? new Uint8Array(), { level: 9 }).length;
}
console.log(
  `checker bundles (esbuild minified ESM, gzipped): core with the plan ${await gzipSize('../src/domain/ui/draft-checks.ts')} bytes, ` +
    `wording rules on demand ${await gzipSize('../src/domain/drafts/checker/wording.ts')} bytes`,
);
