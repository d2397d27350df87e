import { describe, expect, it } from 'vitest';
import { childEnv } from './child-env.ts';

describe('the environment of a process the build starts', () => {
  it('points the child at the compile cache the build uses', () => {
    expect(childEnv('/tmp/node-compile-cache').NODE_COMPILE_CACHE).toBe('/tmp/node-compile-cache');
    expect(childEnv('/tmp/node-compile-cache').PATH).toBe(process.env.PATH);
  });

  it('is the build’s own when the build has no compile cache (CI)', () => {
    expect(childEnv(undefined)).toBe(process.env);
  });
});
