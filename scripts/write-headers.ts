/**
 * Post-build: writes the HTTP headers for the build just made, from the build
 * itself (see headers-core.ts): `dist/_headers` for Netlify and Cloudflare
 * Pages, and `deploy/nginx/generated/headers.conf`, the maps that
 * deploy/nginx/follow-through.conf includes. Run last, once every file exists.
 *
 * Runs as part of `astro build` (finish-build.ts); on its own:
 * node scripts/write-headers.ts [dist] [nginx-maps-file]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readBuildFiles, type BuildFiles } from './build-files.ts';
import { CSP_META } from './csp-prune-core.ts';
import { renderHeadersFile, renderNginxMaps, type BuiltFile } from './headers-core.ts';

/**
 * Writes `dist/_headers` and the nginx maps to `mapsFile` for the build in `dist` (its files
 * `built`, when read before); returns what it wrote, in a line.
 */
export function writeHeaders(dist: string, mapsFile: string, built: BuildFiles = readBuildFiles(dist)): string {
  const files: BuiltFile[] = built.paths().map((path) => ({
    file: path.slice(1),
    metaPolicy: path.endsWith('.html') ? (CSP_META.exec(built.text(path) ?? '')?.[1] ?? null) : null,
  }));

  writeFileSync(join(dist, '_headers'), renderHeadersFile(files));
  mkdirSync(dirname(mapsFile), { recursive: true });
  writeFileSync(mapsFile, renderNginxMaps(files));
  const pages = files.filter((f) => f.metaPolicy).length;
  return `write-headers: ${join(dist, '_headers')} and ${mapsFile}, ${files.length} files, ${pages} page policies.`;
}

if (import.meta.main) {
  console.log(writeHeaders(process.argv[2] ?? 'dist', process.argv[3] ?? 'deploy/nginx/generated/headers.conf'));
}
