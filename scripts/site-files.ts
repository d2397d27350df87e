import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every file under `dir` whose name matches `name`, recursively, skipping
 * Pagefind's own folder: the build's pages and assets, as the post-build
 * steps and the checks over the build read them.
 */
export function siteFiles(dir: string, name: RegExp): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'pagefind') found.push(...siteFiles(full, name));
    } else if (name.test(entry.name)) found.push(full);
  }
  return found;
}
