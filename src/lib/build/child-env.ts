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
