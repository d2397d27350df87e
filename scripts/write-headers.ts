/**
 * Post-build: writes the HTTP headers for the build just made, from the build
 * itself (see headers-core.ts): `dist/_headers` for Netlify and Cloudflare
 * Pages, and `deploy/nginx/generated/headers.conf`, the maps that
 * deploy/nginx/follow-through.conf includes. Run last, once every file exists.
 *
 * Runs as part of `astro build` (finish-build.ts); on its own:
 * node scripts/write-headers.ts [dist] [nginx-maps-file]
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { CSP_META } from './csp-prune-core.ts';
import { renderHeadersFile, renderNginxMaps, type BuiltFile } from './headers-core.ts';

/** Writes `dist/_headers` and the nginx maps to `mapsFile` for the build in `dist`; returns what it wrote, in a line. */
export function writeHeaders(dist: string, mapsFile: string): string {
  const files: BuiltFile[] = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      const file = relative(dist, path).split(sep).join('/');
      const metaPolicy = file.endsWith('.html') ? (CSP_META.exec(readFileSync(path, 'utf8'))?.[1] ?? null) : null;
      return { file, metaPolicy };
    });

  writeFileSync(join(dist, '_headers'), renderHeadersFile(files));
  mkdirSync(dirname(mapsFile), { recursive: true });
  writeFileSync(mapsFile, renderNginxMaps(files));
  const pages = files.filter((f) => f.metaPolicy).length;
  return `write-headers: ${join(dist, '_headers')} and ${mapsFile}, ${files.length} files, ${pages} page policies.`;
}

if (import.meta.main) {
  console.log(writeHeaders(process.argv[2] ?? 'dist', process.argv[3] ?? 'deploy/nginx/generated/headers.conf'));
}
