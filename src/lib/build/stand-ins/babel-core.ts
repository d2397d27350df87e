/** Stand-in for `@babel/core` in vite-plugin-solid (see index.ts): the one function it calls. */
import { loadBabel } from './index.ts';

export async function transformAsync(...args: unknown[]): Promise<unknown> {
  return (await loadBabel()).transformAsync(...args);
}
