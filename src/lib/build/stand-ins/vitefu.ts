/**
 * Stand-in for `vitefu` in the Solid plugins (see index.ts): the one function they call, with
 * each answer kept for the same question. The answer depends on the project's folder, the
 * build or dev flag, the workspace, the Vite settings vitefu reads and the tests it is given;
 * each caller gets a copy of its own.
 */
import { realUrl } from './index.ts';

type Crawl = (options: Record<string, unknown>) => Promise<unknown>;

const answers = new Map<string, Promise<unknown>>();

/** The question `options` asks, as a key: functions by their source, patterns as written. */
export function crawlKey(options: Record<string, unknown>): string {
  const config = (options['viteUserConfig'] ?? {}) as {
    optimizeDeps?: { include?: unknown; exclude?: unknown };
    ssr?: { external?: unknown; noExternal?: unknown };
  };
  const asked = {
    ...options,
    viteUserConfig: {
      optimizeDeps: { include: config.optimizeDeps?.include, exclude: config.optimizeDeps?.exclude },
      ssr: { external: config.ssr?.external, noExternal: config.ssr?.noExternal },
    },
  };
  return JSON.stringify(asked, (_, value: unknown) =>
    typeof value === 'function' || value instanceof RegExp ? `${typeof value}:${String(value)}` : value,
  );
}

export async function crawlFrameworkPkgs(options: Record<string, unknown>): Promise<unknown> {
  const key = crawlKey(options);
  let answer = answers.get(key);
  if (!answer) {
    answer = import(realUrl('vitefu')).then((real: { crawlFrameworkPkgs: Crawl }) => real.crawlFrameworkPkgs(options));
    answers.set(key, answer);
  }
  return structuredClone(await answer);
}
