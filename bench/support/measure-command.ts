/**
 * Runs a command and reports its wall time and peak memory: GNU time's
 * "Maximum resident set size" when /usr/bin/time exists, otherwise the largest
 * summed RSS of the process tree, sampled from /proc every 50 ms.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/** What one command cost. */
export interface CommandCost {
  /** Wall-clock time, ms. */
  wallMs: number;
  /** Peak resident memory, bytes. */
  peakRss: number;
  /** Everything the command printed, for a failure message. */
  output: string;
}

const GNU_TIME = '/usr/bin/time';

/** Runs `command args` in `cwd`; rejects with its output if it exits non-zero. */
export async function measureCommand(command: string, args: string[], cwd: string): Promise<CommandCost> {
  const useTime = existsSync(GNU_TIME);
  const start = performance.now();
  const child = useTime
    ? spawn(GNU_TIME, ['-v', command, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let sampledPeak = 0;
  const sampler = useTime
    ? undefined
    : setInterval(() => (sampledPeak = Math.max(sampledPeak, treeRss(child.pid ?? 0))), 50);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const wallMs = performance.now() - start;
  clearInterval(sampler);
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${output.slice(-4000)}`);
  const reported = /Maximum resident set size \(kbytes\): (\d+)/.exec(output);
  const peakRss = useTime && reported ? Number(reported[1]) * 1024 : sampledPeak;
  return { wallMs, peakRss, output };
}

/** Summed resident memory of `pid` and all its descendants, in bytes (0 once gone). */
function treeRss(pid: number): number {
  try {
    const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    return Number(rss?.[1] ?? 0) * 1024 + children.reduce((sum, c) => sum + treeRss(Number(c)), 0);
  } catch {
    return 0;
  }
}
