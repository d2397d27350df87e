/**
 * The build's files for the last two steps (the service worker's manifest and
 * version, then the headers), each listed, read and hashed once. Both steps
 * read every file; they used to list and read the folder each, after Pagefind
 * had written its index. Now everything outside Pagefind's folder is read and
 * hashed while Pagefind writes (its own process; this one would wait), and
 * Pagefind's files are added once they are written (`addSearch`).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { siteFiles } from './site-files.ts';

/** One of the build's files: its URL path ("/guides/x/index.html") and its bytes. */
export interface BuildFiles {
  /** Every file read so far, as URL paths, sorted. */
  paths: () => string[];
  /** A file's bytes, from the read or the last `write`; undefined for a file not listed. */
  bytes: (path: string) => Buffer | undefined;
  /** A file's text (UTF-8). */
  text: (path: string) => string | undefined;
  /** A file's sha256, computed once per content. */
  digest: (path: string) => Buffer | undefined;
  /** Writes a file (new or changed) to the build and keeps its new bytes. */
  write: (path: string, content: string | Buffer) => void;
  /** Reads Pagefind's folder (dist/pagefind/) into the set, once Pagefind has written it. */
  addSearch: () => void;
}

/** Every file, whatever its name. */
const ANY_FILE = /(?:)/;

/**
 * The files of the build in `dist`, read at once, Pagefind's folder included unless
 * `searchLater` (then `addSearch` adds it once it is complete). With `hash`, each file read
 * is hashed at once too.
 */
export function readBuildFiles(
  dist: string,
  { searchLater = false, hash = false }: { searchLater?: boolean; hash?: boolean } = {},
): BuildFiles {
  const files = new Map<string, Buffer>();
  const digests = new Map<string, Buffer>();
  let sorted: string[] | undefined;

  const set = (path: string, bytes: Buffer): void => {
    if (!files.has(path)) sorted = undefined;
    files.set(path, bytes);
    digests.delete(path);
  };
  // siteFiles lists the build's files, leaving Pagefind's folder out.
  const read = (folder: string): void => {
    for (const file of siteFiles(folder, ANY_FILE))
      set(`/${relative(dist, file).split(sep).join('/')}`, readFileSync(file));
  };
  const addSearch = (): void => {
    if (existsSync(join(dist, 'pagefind'))) read(join(dist, 'pagefind'));
  };

  read(dist);
  if (!searchLater) addSearch();
  if (hash) for (const path of files.keys()) digest(path);

  function digest(path: string): Buffer | undefined {
    const bytes = files.get(path);
    if (bytes === undefined) return undefined;
    let hash = digests.get(path);
    if (!hash) digests.set(path, (hash = createHash('sha256').update(bytes).digest()));
    return hash;
  }

  return {
    paths: () => (sorted ??= [...files.keys()].sort()),
    bytes: (path) => files.get(path),
    text: (path) => files.get(path)?.toString('utf8'),
    digest,
    write: (path, content) => {
      const bytes = typeof content === 'string' ? Buffer.from(content) : content;
      writeFileSync(join(dist, path), bytes);
      set(path, bytes);
    },
    addSearch,
  };
}
