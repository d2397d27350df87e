/**
 * Build cost against Starlight: runs `npm run build` for this project (the
 * whole build: Astro, CSP prune, Pagefind, service worker) and for the stock
 * Starlight reference site, alternating, and reports the median wall time and
 * median peak memory of each and their ratios. The machine is shared and
 * noisy: absolute times move, ratios from the same run hold.
 *
 * Goal (issue #12): both ratios ≤ 1.0.
 * Run: npm run bench:build [-- --runs 3 --project ../other-checkout]
 * Needs the reference sites: ../shared/baselines/build.sh ../baselines
 * Writes the table to bench/out/build.md as well.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { findBaselines, median } from './support/baselines.ts';
import { measureCommand, type CommandCost } from './support/measure-command.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, project: { type: 'string', default: ROOT } },
});
const runs = Math.max(1, Number(args.runs));
const project = resolve(args.project);
const baselines = findBaselines(ROOT);

const sites = [
  { name: 'Follow Through', dir: project },
  { name: 'Starlight', dir: baselines.starlight },
];
const costs = new Map<string, CommandCost[]>(sites.map((s) => [s.name, []]));
for (let run = 1; run <= runs; run++) {
  // Alternate who goes first, so neither always builds on a warmer (or busier) machine.
  for (const site of run % 2 === 1 ? sites : [...sites].reverse()) {
    const cost = await measureCommand('npm', ['run', 'build'], site.dir);
    costs.get(site.name)!.push(cost);
    console.log(
      `run ${run}/${runs} ${site.name}: ${(cost.wallMs / 1000).toFixed(2)} s, ` +
        `${(cost.peakRss / 2 ** 20).toFixed(0)} MiB peak (load ${loadavg()[0]!.toFixed(1)})`,
    );
  }
}

const mid = (name: string, pick: (c: CommandCost) => number): number => median(costs.get(name)!.map(pick));
const [ours, theirs] = sites.map((s) => s.name) as [string, string];
const time = [mid(ours, (c) => c.wallMs), mid(theirs, (c) => c.wallMs)] as const;
const memory = [mid(ours, (c) => c.peakRss), mid(theirs, (c) => c.peakRss)] as const;
const report = `# Build against Starlight

${runs} alternating runs of \`npm run build\` each; medians. Project: ${project}

| | Follow Through | Starlight | ratio (goal ≤ 1.00) |
|---|---|---|---|
| wall time | ${(time[0] / 1000).toFixed(2)} s | ${(time[1] / 1000).toFixed(2)} s | ${(time[0] / time[1]).toFixed(2)} |
| peak memory | ${(memory[0] / 2 ** 20).toFixed(0)} MiB | ${(memory[1] / 2 ** 20).toFixed(0)} MiB | ${(memory[0] / memory[1]).toFixed(2)} |
`;
console.log(`\n${report}`);
mkdirSync(`${ROOT}bench/out`, { recursive: true });
writeFileSync(`${ROOT}bench/out/build.md`, report);
