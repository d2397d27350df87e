import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every .html file under `dir`, recursively (Pagefind's own folder skipped). */
export function htmlFiles(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name !== 'pagefind') found.push(...htmlFiles(full));
    } else if (name.endsWith('.html')) found.push(full);
  }
  return found;
}
