/** Stand-in for `babel-preset-solid` in vite-plugin-solid (see index.ts). */
import { loadedBabel } from './index.ts';

export default function presetSolid(...args: unknown[]): unknown {
  return loadedBabel().preset(...args);
}
