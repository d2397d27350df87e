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
 * Now they run in one process, which the build starts once the pages are
 * done: run inside the build's own process, they added 40-50 MB to its peak
 * memory (the build's garbage is still on its heap by then), where a process
 * of their own peaks far below the build. It starts with the build and loads
 * its code (and Pagefind) while the pages build, so the steps begin as soon
 * as the pages are done.
 *
 * It also clears the previous build out of the way when the build starts:
 * Astro empties the output folder file by file before it builds (~700 files
 * here, most of them holiday tables), holding everything else up; moving the
 * folder aside takes one rename, and deleting it then runs in the background.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

type Pagefind = typeof import('pagefind');
type NewIndex = Awaited<ReturnType<Pagefind['createIndex']>>;

/**
 * Indexes the pages in `dist` with Pagefind into dist/pagefind/, as `pagefind --site dist`
 * would. `started` is an index created beforehand (createIndex starts Pagefind's own process).
 */
export async function indexForSearch(dist: string, started?: Promise<NewIndex>): Promise<string> {
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await (started ?? pagefind.createIndex({}));
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: dist });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${dist}/pagefind` });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return `pagefind: ${added.page_count} pages read, index in ${dist}/pagefind`;
  } finally {
    await pagefind.close();
  }
}

/** Loads the four steps' code and starts Pagefind; resolves to a function that runs them, in order. */
async function loadSteps(): Promise<(dist: string, mapsFile: string) => Promise<string[]>> {
  const [{ finishPages }, { generateServiceWorker }, { writeHeaders }, pagefind] = await Promise.all([
    import('./finish-pages.ts'),
    import('./generate-sw.ts'),
    import('./write-headers.ts'),
    import('pagefind'),
  ]);
  const index = pagefind.createIndex({});
  index.catch(() => undefined); // Reported by indexForSearch, which awaits it.
  return async (dist, mapsFile) => {
    const lines = [finishPages(dist), await indexForSearch(dist, index)];
    lines.push(await generateServiceWorker(dist));
    lines.push(writeHeaders(dist, mapsFile));
    return lines;
  };
}

/** The four steps, in order, on the build in `dist`; resolves to what each did, a line each. */
export async function finishSteps(dist: string, mapsFile: string): Promise<string[]> {
  return (await loadSteps())(dist, mapsFile);
}

/**
 * Starts `finishSteps`' Node process (this file, run with --wait) while the pages are still
 * building: it loads its code and starts Pagefind meanwhile, then waits for the output folder
 * on its stdin. `run` sends it and resolves to the steps' lines. The process does not keep
 * the build alive: if the build fails before `run`, it sees its stdin close and exits.
 */
function startFinishSteps(): { run: (dist: string, mapsFile: string) => Promise<string[]> } {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--wait'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const done = new Promise<string[]>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(output.split('\n').filter(Boolean))
        : reject(new Error(`finish-build: the steps after the pages failed (exit ${code}):\n${output}`)),
    );
  });
  done.catch(() => undefined); // Reported by run, which awaits it.
  // Sockets have ref/unref, though their stream types do not say so.
  const handles = [child, child.stdin, child.stdout] as unknown as { ref(): void; unref(): void }[];
  for (const handle of handles) handle.unref();
  return {
    run: (dist, mapsFile) => {
      for (const handle of handles) handle.ref();
      child.stdin.end(`${JSON.stringify({ dist, mapsFile })}\n`);
      return done;
    },
  };
}

/** In the process startFinishSteps starts: loads the steps, reads the folders from stdin, runs them. */
async function waitAndFinish(): Promise<void> {
  const steps = loadSteps();
  let input = '';
  for await (const chunk of process.stdin) input += String(chunk);
  if (!input.trim()) {
    // The build stopped before its pages were done: nothing to finish.
    const pagefind = await import('pagefind');
    await pagefind.close();
    return;
  }
  const { dist, mapsFile } = JSON.parse(input) as { dist: string; mapsFile: string };
  for (const line of await (await steps)(dist, mapsFile)) console.log(line);
}

/** The integration; put it last. `mapsFile` is where the nginx maps go, relative to the project. */
export function finishBuild(mapsFile = 'deploy/nginx/generated/headers.conf'): AstroIntegration {
  let root = '';
  let outDir = '';
  let cacheDir = '';
  let cleared: Promise<void> = Promise.resolve();
  let steps: ReturnType<typeof startFinishSteps> | undefined;
  return {
    name: 'follow-through:finish-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': async () => {
        steps = startFinishSteps();
        // Astro keeps a .git inside the output folder (a deploy checkout): then it empties the folder itself.
        if (!existsSync(outDir) || existsSync(join(outDir, '.git'))) return;
        const previous = join(cacheDir, 'previous-build');
        await rm(previous, { recursive: true, force: true });
        await mkdir(cacheDir, { recursive: true });
        const moved = await rename(outDir, previous).then(
          () => true,
          () => false,
        );
        // Left behind if it fails: the next build deletes it before moving its own previous build there.
        if (moved) cleared = rm(previous, { recursive: true, force: true }).catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        await cleared;
        const dist = fileURLToPath(dir).replace(/\/$/, '');
        for (const line of await (steps ?? startFinishSteps()).run(dist, `${root}${mapsFile}`)) logger.info(line);
      },
    },
  };
}

if (import.meta.main && process.argv[2] === '--wait') {
  await waitAndFinish();
} else if (import.meta.main) {
  const [dist = 'dist', mapsFile = 'deploy/nginx/generated/headers.conf'] = process.argv.slice(2);
  for (const line of await finishSteps(dist, mapsFile)) console.log(line);
}
