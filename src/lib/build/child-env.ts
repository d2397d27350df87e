import type { ChildProcess } from 'node:child_process';
import { getCompileCacheDir } from 'node:module';

/**
 * The environment for a Node process the build starts (the holiday files, the steps after
 * the pages): the build's own, plus the compile cache Astro turned on in the build's process,
 * if it did (not in CI). The child then reuses the modules it compiled, and the TypeScript
 * it stripped, in earlier builds, instead of loading the TypeScript stripper afresh.
 */
export function childEnv(cacheDir: string | undefined = getCompileCacheDir()): NodeJS.ProcessEnv {
  return cacheDir ? { ...process.env, NODE_COMPILE_CACHE: cacheDir } : process.env;
}

/**
 * What a process the build started prints on stdout, once it has exited: rejects when it
 * could not start, or exited with an error, with `failed(code, output)` as the error.
 */
export function childOutput(
  child: ChildProcess,
  failed: (code: number | null, output: string) => Error,
): Promise<string> {
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(failed(code, output))));
  });
}
