/**
 * The last step of `astro build`, as an integration (astro:build:done, after
 * every other integration's): finishes the pages (finish-pages.ts), indexes
 * them for search with Pagefind, writes the service worker and offline.json
 * (generate-sw.ts), then the HTTP headers for every file (write-headers.ts).
 * The order matters: each step reads what the one before it wrote.
 *
 * They ran as four commands after `astro build` before: four more Node
 * processes, each loading its code and reading the build afresh, and a fifth
 * for Pagefind's command-line wrapper, for work that takes a fraction of that.
 * Now they run in one process, which the build starts when it starts: run
 * inside the build's own process, they added 40-50 MB to its peak memory (the
 * build's garbage is still on its heap by then), where a process of their own
 * peaks far below the build. It loads its code (and Pagefind, and bundles the
 * service worker) while Vite works, then finishes each page as Astro renders
 * it (page-handoff.ts hands them over), on the other core, so that once the
 * last page is rendered only the search index, the worker's version and the
 * headers are left to do.
 *
 * It also clears the previous build out of the way when the build starts:
 * Astro empties the output folder file by file before it builds (~700 files
 * here, most of them holiday tables), holding everything else up; moving the
 * folder aside takes one rename, and the steps' process deletes it while the
 * pages build (in the build's own process, its file operations held up
 * Astro's own in Node's pool of four I/O threads).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { childEnv, childOutput } from '../src/lib/build/child-env.ts';
import { PAGE_RENDERED } from './page-handoff.ts';
import { readBuildFiles } from './build-files.ts';
import { builtPage, readPages, type PageText } from './site-files.ts';

/**
 * Pagefind's index of the pages in `dist`, written into dist/pagefind/ as `pagefind --site
 * dist` would. It is created at once (Pagefind starts a process of its own). `ahead` adds a
 * page Astro has just rendered (`sourcePath` is the file it writes), while Astro renders the rest; `write`
 * adds the pages not added yet, from `pages` (the pages as Astro wrote them) or else from the
 * folder, and writes the index; it starts again from scratch if a page added ahead is not
 * what Astro wrote.
 */
export function searchIndex(dist: string): {
  ahead: (sourcePath: string, html: string) => void;
  write: (pages?: PageText[]) => Promise<string>;
} {
  const pagefind = import('pagefind');
  const create = async () => {
    const { index, errors } = await (await pagefind).createIndex({});
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    return index;
  };
  const started = create();
  started.catch(() => undefined); // Reported by write, which awaits it.
  const handed = new Map<string, { content: string; added: Promise<{ errors: string[] }> }>();
  const failures = (results: { errors: string[] }[]): void => {
    const errors = results.flatMap((result) => result.errors);
    if (errors.length > 0) throw new Error(`Pagefind: ${errors.join('; ')}`);
  };
  return {
    ahead: (sourcePath, content) => {
      const added = started.then((index) => index.addHTMLFile({ sourcePath, content }));
      added.catch(() => undefined); // Reported by write.
      handed.set(sourcePath, { content, added });
    },
    write: async (pages) => {
      try {
        let index = await started;
        let count: number;
        if (pages) {
          const fresh = pages.every(
            (page) => !handed.has(page.sourcePath) || handed.get(page.sourcePath)?.content === page.content,
          );
          const known = new Set(pages.map((page) => page.sourcePath));
          let rest = pages.filter((page) => !handed.has(page.sourcePath));
          if (fresh && [...handed.keys()].every((path) => known.has(path))) {
            failures(await Promise.all([...handed.values()].map((page) => page.added)));
          } else {
            index = await create();
            rest = pages;
          }
          failures(await Promise.all(rest.map((page) => index.addHTMLFile(page))));
          count = pages.length;
        } else {
          const added = await index.addDirectory({ path: dist });
          failures([added]);
          count = added.page_count;
        }
        const written = await index.writeFiles({ outputPath: `${dist}/pagefind` });
        failures([written]);
        return `pagefind: ${count} pages read, index in ${dist}/pagefind`;
      } finally {
        await (await pagefind).close();
      }
    },
  };
}

/** Indexes the pages in `dist` with Pagefind into dist/pagefind/, as `pagefind --site dist` would. */
export function indexForSearch(dist: string): Promise<string> {
  return searchIndex(dist).write();
}

/** The steps on the build in one output folder: pages finished ahead, then all of them. */
interface Steps {
  /** Finishes a page Astro has just rendered (`path` is its URL path), while it renders the rest. */
  ahead: (path: string, html: string) => void;
  /** Runs the four steps, in order; resolves to what each did, a line each. */
  run: (mapsFile: string) => Promise<string[]>;
}

/** Loads the four steps' code and starts Pagefind, for the build in `dist`. */
async function loadSteps(dist: string): Promise<Steps> {
  const [{ pageFinisher }, { bundleServiceWorker, generateServiceWorker }, { writeHeaders }] = await Promise.all([
    import('./finish-pages.ts'),
    import('./generate-sw.ts'),
    import('./write-headers.ts'),
  ]);
  const search = searchIndex(dist);
  const worker = bundleServiceWorker();
  worker.catch(() => undefined); // Reported by generateServiceWorker, which awaits it.
  const pages = pageFinisher(dist);
  return {
    ahead: (path, html) => {
      // Pages whose file is not known in advance are finished and indexed from the build instead.
      const sourcePath = builtPage(path);
      if (!sourcePath) return;
      pages.ahead(sourcePath, html);
      search.ahead(sourcePath, html);
    },
    run: async (mapsFile) => {
      // Pagefind indexes the pages as Astro wrote them (most of them as they were rendered),
      // in its own process: the finishing touches only <head> (styles, CSP, prefetch links),
      // which the index does not read.
      const texts = readPages(dist);
      const indexed = search.write(texts);
      const lines = [await pages.writeAll(texts)];
      // While Pagefind writes its files (in its own process), this one reads and hashes the
      // rest of the build for the worker's manifest and version and for the headers.
      const files = readBuildFiles(dist, { searchLater: true, hash: true });
      lines.push(await indexed);
      files.addSearch();
      lines.push(await generateServiceWorker(dist, worker, files));
      lines.push(writeHeaders(dist, mapsFile, files));
      return lines;
    },
  };
}

/** The four steps, in order, on the build in `dist`; resolves to what each did, a line each. */
export async function finishSteps(dist: string, mapsFile: string): Promise<string[]> {
  return (await loadSteps(dist)).run(mapsFile);
}

/** What the build sends the steps' process, a line of JSON each. */
type StepsMessage = { page: string; html: string } | { mapsFile: string };

/**
 * Starts the steps' Node process (this file, run with --wait) for the build in `dist` when
 * the build starts: it loads its code and starts Pagefind meanwhile, finishes each page
 * `page` sends it while Astro renders the rest, and runs the steps when `run` says the
 * pages are done, resolving to the steps' lines. The process does not keep the build
 * alive: if the build fails before `run`, it sees its stdin close and exits.
 */
function startFinishSteps(
  dist: string,
  discard?: string,
): { page: (path: string, html: string) => void; run: (mapsFile: string) => Promise<string[]> } {
  const args = [fileURLToPath(import.meta.url), '--wait', dist, ...(discard ? [discard] : [])];
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'inherit'], env: childEnv() });
  const done = childOutput(
    child,
    (code, output) => new Error(`finish-build: the steps after the pages failed (exit ${code}):\n${output}`),
  ).then((output) => output.split('\n').filter(Boolean));
  done.catch(() => undefined); // Reported by run, which awaits it.
  // A broken pipe (the process failed) is reported by run too.
  child.stdin.on('error', () => undefined);
  // Sockets have ref/unref, though their stream types do not say so.
  const handles = [child, child.stdin, child.stdout] as unknown as { ref(): void; unref(): void }[];
  for (const handle of handles) handle.unref();
  const send = (message: StepsMessage): boolean => child.stdin.write(`${JSON.stringify(message)}\n`);
  return {
    page: (path, html) => void send({ page: path, html }),
    run: (mapsFile) => {
      for (const handle of handles) handle.ref();
      send({ mapsFile });
      child.stdin.end();
      return done;
    },
  };
}

/** In the process startFinishSteps starts: loads the steps, finishes pages as they come, then runs the steps. */
async function waitAndFinish(dist: string, discard?: string): Promise<void> {
  const steps = loadSteps(dist);
  const discarded = discard ? rm(discard, { recursive: true, force: true }).catch(() => undefined) : undefined;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    const message = JSON.parse(line) as StepsMessage;
    if ('page' in message) {
      (await steps).ahead(message.page, message.html);
      continue;
    }
    for (const result of await (await steps).run(message.mapsFile)) console.log(result);
    await discarded;
    // Done: no need to wait for Pagefind's and esbuild's processes to wind down (stdout, a
    // pipe, is written synchronously on Linux and macOS, so every line is out).
    process.exit(0);
  }
  // The build stopped before its pages were done: nothing to finish.
  const pagefind = await import('pagefind');
  await Promise.all([pagefind.close(), discarded]);
}

/**
 * Moves the previous build in `outDir` to `aside` (one rename), so Astro has nothing to
 * empty; resolves to `aside` when it did, for deleting later, else undefined.
 */
async function moveAside(outDir: string, aside: string): Promise<string | undefined> {
  // Astro keeps a .git inside the output folder (a deploy checkout): then it empties the folder itself.
  if (!existsSync(outDir) || existsSync(join(outDir, '.git'))) return undefined;
  await rm(aside, { recursive: true, force: true });
  await mkdir(dirname(aside), { recursive: true });
  // Left behind if it fails: the next build deletes it before moving its own previous build there.
  return rename(outDir, aside).then(
    () => aside,
    () => undefined,
  );
}

/** The integration; put it last. `mapsFile` is where the nginx maps go, relative to the project. */
export function finishBuild(mapsFile = 'deploy/nginx/generated/headers.conf'): AstroIntegration {
  let root = '';
  let outDir = '';
  let cacheDir = '';
  let steps: ReturnType<typeof startFinishSteps> | undefined;
  return {
    name: 'follow-through:finish-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:config:setup': ({ command, addMiddleware }) => {
        // Hands each rendered page to the steps' process (page-handoff.ts).
        if (command === 'build')
          addMiddleware({ entrypoint: new URL('./page-handoff.ts', import.meta.url), order: 'post' });
      },
      'astro:build:start': async () => {
        const dist = outDir.replace(/\/$/, '');
        const started = startFinishSteps(dist, await moveAside(outDir, join(cacheDir, 'previous-build')));
        steps = started;
        Reflect.set(globalThis, PAGE_RENDERED, started.page);
      },
      'astro:build:done': async ({ dir, logger }) => {
        Reflect.deleteProperty(globalThis, PAGE_RENDERED);
        const dist = fileURLToPath(dir).replace(/\/$/, '');
        if (!steps || dist !== outDir.replace(/\/$/, '')) steps = startFinishSteps(dist);
        for (const line of await steps.run(`${root}${mapsFile}`)) logger.info(line);
      },
    },
  };
}

if (import.meta.main && process.argv[2] === '--wait') {
  await waitAndFinish(process.argv[3] ?? 'dist', process.argv[4]);
} else if (import.meta.main) {
  const [dist = 'dist', mapsFile = 'deploy/nginx/generated/headers.conf'] = process.argv.slice(2);
  for (const line of await finishSteps(dist, mapsFile)) console.log(line);
}
