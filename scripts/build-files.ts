/**
 * The build's files for the last two steps (the service worker's manifest and
 * version, then the headers), each listed, read and hashed once. Both steps
 * read every file; they used to list and read the folder each, after Pagefind
 * had written its index. Now everything outside Pagefind's folder is read and
 * hashed while Pagefind writes (its own process; this one would wait), and
 * Pagefind's files are added once they are written (`addFolder`).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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
  /** Reads every file under `folder` (URL path, "/pagefind/") into the set. */
  addFolder: (folder: string) => void;
}

/**
 * The files of the build in `dist`, read at once, except under the folders named in `later`
 * (URL paths, "/pagefind/"), which `addFolder` adds when they are complete. With `hash`,
 * each file read is hashed at once too.
 */
export function readBuildFiles(
  dist: string,
  { later = [], hash = false }: { later?: readonly string[]; hash?: boolean } = {},
): BuildFiles {
  const files = new Map<string, Buffer>();
  const digests = new Map<string, Buffer>();
  let sorted: string[] | undefined;

  const walk = (folder: string): void => {
    for (const entry of readdirSync(join(dist, folder), { withFileTypes: true })) {
      const path = `${folder}${entry.name}`;
      if (entry.isDirectory()) {
        if (!later.includes(`${path}/`)) walk(`${path}/`);
      } else if (entry.isFile()) {
        set(path, readFileSync(join(dist, path)));
      }
    }
  };
  const set = (path: string, bytes: Buffer): void => {
    if (!files.has(path)) sorted = undefined;
    files.set(path, bytes);
    digests.delete(path);
  };

  walk('/');
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
    addFolder: (folder) => walk(folder),
  };
}
