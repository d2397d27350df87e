/**
 * Post-build: drops from each page's CSP <meta> the script and style hashes that
 * page does not use. Astro lists every inline script any page *might* carry (island
 * bootstraps, client directives) on every page; a guide needs only the theme
 * script's hash. The policy stays as strict (a hash for text that is not on the
 * page allows nothing the page runs), and each guide sheds ~0.5 kB gz of hashes.
 *
 * usage: node scripts/prune-csp.ts [dist]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pruneCsp } from './csp-prune-core.ts';
import { siteFiles } from './site-files.ts';

const dist = process.argv[2] ?? 'dist';
let saved = 0;
const files = siteFiles(dist, /\.html$/);
for (const file of files) {
  const html = readFileSync(file, 'utf8');
  const pruned = pruneCsp(html);
  saved += html.length - pruned.length;
  if (pruned !== html) writeFileSync(file, pruned);
}
console.log(`prune-csp: ${files.length} pages, ${saved} bytes of unused hashes removed.`);
