/**
 * Planner benchmark (`npm run bench`): builds plans for random valid facts and
 * reports the median and p99 time per plan, for typical panels (1 to 4
 * interviewers, 10,000 inputs) and for the largest panels people bring (10
 * interviewers, 2,000 inputs), then bundles the domain API as a browser would
 * load it (esbuild, minified ESM) and reports its gzipped size. Runs on Node
 * 24's built-in type stripping, so it uses only erasable TypeScript and
 * imports domain files with their `.ts` extensions.
 *
 * Each input is timed as the best of a few runs: on a shared machine a single
 * run can be preempted or caught by a GC pause, which says nothing about the
 * plan's own cost. Goal (issue #12): buildPlan p99 < 1 ms with 10 interviewers.
 */
import { build } from 'esbuild';
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildDrafts } from '../src/domain/drafts/build-drafts.ts';
import { buildPlan } from '../src/domain/plan/build-plan.ts';
import { factsInput, NOW } from '../src/domain/testing/arbitraries.ts';
import { validateFacts } from '../src/domain/validate-facts.ts';
import type { FactsInput } from '../src/domain/facts-input.ts';
import type { Facts } from '../src/domain/facts.ts';

const SEED = 20_261_103;
/** Runs per input; the fastest counts. */
const BEST_OF = 5;
/** The p99 goal for buildPlan with 10 interviewers, in µs. */
const GOAL_P99_US = 1000;

/** The q-quantile of sorted samples. */
function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

/** Times `run` on each item (best of BEST_OF) and returns [median, p99] in microseconds. */
function time<T>(items: readonly T[], run: (item: T) => unknown): [number, number] {
  for (const item of items.slice(0, 500)) run(item); // warm-up
  const samples = items.map((item) => {
    let best = Infinity;
    for (let i = 0; i < BEST_OF; i++) {
      const start = performance.now();
      run(item);
      best = Math.min(best, performance.now() - start);
    }
    return best * 1000;
  });
  samples.sort((a, b) => a - b);
  return [quantile(samples, 0.5), quantile(samples, 0.99)];
}

/** Valid facts for `inputs`, failing loudly if the generator ever makes an invalid one. */
function validated(inputs: readonly FactsInput[]): Facts[] {
  return inputs.map((input) => {
    const result = validateFacts(input, { now: NOW });
    if (!result.ok) throw new Error(`invalid generated input: ${JSON.stringify(result.errors)}`);
    return result.facts;
  });
}

const us = (n: number) => `${n.toFixed(1)} µs`;
const panels = [
  { label: '1–4 interviewers', count: 10_000, interviewers: { min: 1, max: 4 } },
  { label: '10 interviewers', count: 2_000, interviewers: { min: 10, max: 10 } },
];
let largestP99 = 0;
for (const panel of panels) {
  const inputs = fc.sample(factsInput({ interviewers: panel.interviewers }), { numRuns: panel.count, seed: SEED });
  const facts = validated(inputs);
  const [planMedian, planP99] = time(facts, (f) => buildPlan(f, { now: NOW }));
  const [validateMedian, validateP99] = time(inputs, (input) => validateFacts(input, { now: NOW }));
  const plans = facts.slice(0, 2000).map((f) => buildPlan(f, { now: NOW }));
  const [draftsMedian, draftsP99] = time(plans, (plan) => plan.steps.forEach((step) => buildDrafts(step, plan.facts)));
  largestP99 = planP99;
  console.log(`${panel.label}, ${panel.count} random facts (best of ${BEST_OF} runs each):`);
  console.log(`  buildPlan     median ${us(planMedian)}, p99 ${us(planP99)} per plan`);
  console.log(`  validateFacts median ${us(validateMedian)}, p99 ${us(validateP99)}`);
  console.log(`  buildDrafts   median ${us(draftsMedian)}, p99 ${us(draftsP99)} per plan (every step's drafts)`);
}
console.log(
  `buildPlan p99 with 10 interviewers: ${us(largestP99)} ` +
    `(goal < ${us(GOAL_P99_US)}: ${largestP99 < GOAL_P99_US ? 'met' : 'NOT met'})`,
);

const entry = fileURLToPath(new URL('../src/domain/index.ts', import.meta.url));
const bundle = await build({
  entryPoints: [entry],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  write: false,
  metafile: true,
});
const code = bundle.outputFiles[0]?.contents ?? new Uint8Array();
const gzipped = gzipSync(code, { level: 9 }).length;

const byPackage = new Map<string, number>();
for (const [path, info] of Object.entries(Object.values(bundle.metafile.outputs)[0]?.inputs ?? {})) {
  const key = path.includes('node_modules/')
    ? (path
        .split('node_modules/')[1]
        ?.split('/')
        .slice(0, path.includes('node_modules/@') ? 2 : 1)
        .join('/') ?? path)
    : 'src/domain';
  byPackage.set(key, (byPackage.get(key) ?? 0) + info.bytesInOutput);
}

console.log(
  `domain bundle (src/domain/index.ts, esbuild minified ESM, browser): ${code.length} bytes, ${gzipped} bytes gzipped`,
);
for (const [name, bytes] of [...byPackage].sort((a, b) => b[1] - a[1]))
  console.log(`  ${name.padEnd(16)} ${bytes} bytes minified`);

await import('./drafts-bench.ts');
await import('./checker-bench.ts');
