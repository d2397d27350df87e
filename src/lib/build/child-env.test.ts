import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { childEnv, childOutput } from './child-env.ts';

describe('the environment of a process the build starts', () => {
  it('points the child at the compile cache the build uses', () => {
    expect(childEnv('/tmp/node-compile-cache').NODE_COMPILE_CACHE).toBe('/tmp/node-compile-cache');
    expect(childEnv('/tmp/node-compile-cache').PATH).toBe(process.env.PATH);
  });

  it('is the build’s own when the build has no compile cache (CI)', () => {
    expect(childEnv(undefined)).toBe(process.env);
  });
});

describe('what a process the build started printed', () => {
  const node = (code: string) => spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'ignore'] });
  const failed = (code: number | null, output: string) => new Error(`failed (exit ${code}): ${output}`);

  it('is its whole stdout once it exits', async () => {
    await expect(childOutput(node('console.log("573"); console.log("done")'), failed)).resolves.toBe('573\ndone\n');
  });

  it('is the failure, with the exit code and what it printed, when it exits with an error', async () => {
    await expect(childOutput(node('console.log("half"); process.exit(3)'), failed)).rejects.toThrow(
      'failed (exit 3): half',
    );
  });
});
