/** Stand-in for `solid-refresh/babel` in vite-plugin-solid (see index.ts); the dev server's, unused in a build. */
import { loadedBabel } from './index.ts';

export default function solidRefresh(...args: unknown[]): unknown {
  return loadedBabel().refresh(...args);
}
