/**
 * Planner benchmark (`npm run bench`): builds plans for 10,000 random valid
 * facts and reports the median and p99 microseconds per plan, then bundles the
 * domain API as a browser would load it (esbuild, minified ESM) and reports its
 * gzipped size. Runs on Node 24's built-in type stripping, so it uses only
 * erasable TypeScript and imports domain files with their `.ts` extensions.
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
import type { Facts } from '../src/domain/facts.ts';

const COUNT = 10_000;
const SEED = 20_261_103;

/** The q-quantile of sorted samples. */
function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

/** Times `run` once per item and returns [median, p99] in microseconds. */
function time<T>(items: readonly T[], run: (item: T) => unknown): [number, number] {
  for (const item of items.slice(0, 500)) run(item); // warm-up
  const samples = items.map((item) => {
    const start = performance.now();
    run(item);
    return (performance.now() - start) * 1000;
  });
  samples.sort((a, b) => a - b);
  return [quantile(samples, 0.5), quantile(samples, 0.99)];
}

const inputs = fc.sample(factsInput(), { numRuns: COUNT, seed: SEED });
const facts: Facts[] = inputs.map((input) => {
  const result = validateFacts(input, { now: NOW });
  if (!result.ok) throw new Error(`invalid generated input: ${JSON.stringify(result.errors)}`);
  return result.facts;
});

const [planMedian, planP99] = time(facts, (f) => buildPlan(f, { now: NOW }));
const [validateMedian, validateP99] = time(inputs, (input) => validateFacts(input, { now: NOW }));
const plans = facts.slice(0, 2000).map((f) => buildPlan(f, { now: NOW }));
const [draftsMedian, draftsP99] = time(plans, (plan) => plan.steps.forEach((step) => buildDrafts(step, plan.facts)));

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

const us = (n: number) => `${n.toFixed(1)} µs`;
console.log(`buildPlan     ${COUNT} random facts: median ${us(planMedian)}, p99 ${us(planP99)} per plan`);
console.log(`validateFacts ${COUNT} random inputs: median ${us(validateMedian)}, p99 ${us(validateP99)}`);
console.log(`buildDrafts   all steps of 2000 plans: median ${us(draftsMedian)}, p99 ${us(draftsP99)} per plan`);
console.log(
  `domain bundle (src/domain/index.ts, esbuild minified ESM, browser): ${code.length} bytes, ${gzipped} bytes gzipped`,
);
for (const [name, bytes] of [...byPackage].sort((a, b) => b[1] - a[1]))
  console.log(`  ${name.padEnd(16)} ${bytes} bytes minified`);
