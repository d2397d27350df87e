/**
 * Build-time only: puts everything under /holidays/ on the site (each
 * region's table, the picker's index, the time zone map; see
 * holiday-files.ts). A build writes them as plain files in the background
 * while Vite builds, into a folder of their own (the output folder is emptied
 * when the build starts), and moves that folder into the output once the
 * pages are done; the dev server answers them from memory.
 *
 * The writing runs in a Node process of its own (this file, run directly):
 * in the build's process, its ~1,700 file operations queued ahead of the
 * build's own in Node's pool of four I/O threads, and the build stood idle
 * behind them, about 0.4 s of a 5 s build.
 *
 * When nothing they derive from has changed since the last build (the same
 * label as holidayFilesKey's), the last build's folder is taken over instead,
 * in one rename, before the previous build is cleared away: writing them again
 * took that process about 0.35 s of CPU, beside the build, for the same bytes.
 *
 * They were Astro endpoint routes before: ~575 of them, each rendered through
 * the page pipeline, took about 1.3 s of a 7 s build to write half a megabyte
 * of JSON that needs no rendering at all.
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { childEnv, childOutput } from '../build/child-env.ts';
import { holidayFiles, holidayFilesKey, type HolidayFiles } from './holiday-files.ts';
import { holidayYears } from './years.ts';

/** Each file under /holidays/ by its name (`GB-ENG.json`, `regions.json`, `zones.json`), as its JSON text. */
export function holidayFileTexts(files: HolidayFiles): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [region, table] of Object.entries(files.tables)) texts.set(`${region}.json`, JSON.stringify(table));
  texts.set('regions.json', JSON.stringify(files.index));
  texts.set('zones.json', JSON.stringify({ v: 1, zones: files.zones }));
  return texts;
}

/** Writes every file under /holidays/ into `folder` (emptied first); resolves to how many. */
async function writeHolidayFiles(folder: string): Promise<number> {
  const texts = holidayFileTexts(await holidayFiles());
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  await Promise.all([...texts].map(([name, text]) => writeFile(join(folder, name), text)));
  return texts.size;
}

/** `writeHolidayFiles` in a Node process of its own (this file, run directly); resolves to how many. */
function stageHolidayFiles(folder: string): Promise<number> {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), folder], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: childEnv(),
  });
  const failed = (code: number | null, output: string) =>
    new Error(`holiday files: writing them failed (exit ${code}): ${output}`);
  return childOutput(child, failed).then((output) => {
    if (!/^\d+$/.test(output.trim())) throw failed(0, output);
    return Number(output.trim());
  });
}

/** What a build wrote into its output: the label of the files (holidayFilesKey), the folder and how many files. */
interface BuiltHolidayFiles {
  key: string;
  folder: string;
  count: number;
}

/**
 * Moves the last build's holiday files from `folder` to `staging` when `record` says that
 * build wrote files with this `key` there, and the folder still holds as many; resolves to
 * how many, or undefined when they must be written afresh. The record is deleted first, so
 * it never describes a folder that has moved.
 */
export async function takeBuiltHolidayFiles(
  record: string,
  key: string | null,
  folder: string,
  staging: string,
): Promise<number | undefined> {
  let built: Partial<BuiltHolidayFiles>;
  try {
    built = JSON.parse(await readFile(record, 'utf8')) as Partial<BuiltHolidayFiles>;
  } catch {
    return undefined;
  }
  await rm(record, { force: true });
  if (!key || built.key !== key || built.folder !== folder || typeof built.count !== 'number') return undefined;
  const count = (await readdir(folder).catch(() => [])).length;
  if (count !== built.count) return undefined;
  await rm(staging, { recursive: true, force: true });
  await mkdir(dirname(staging), { recursive: true });
  return rename(folder, staging).then(
    () => count,
    () => undefined,
  );
}

/** Notes in `record` that `folder` now holds `count` holiday files with this `key`, for the next build. */
export async function recordBuiltHolidayFiles(record: string, built: BuiltHolidayFiles): Promise<void> {
  await writeFile(record, JSON.stringify(built));
}

/** The Astro integration that serves /holidays/ in dev and writes it into the build. */
export function holidayFilesIntegration(): AstroIntegration {
  let staging = '';
  let record = '';
  let outFolder = '';
  let key: string | null = null;
  let written: Promise<number> | undefined;
  return {
    name: 'follow-through:holiday-files',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const name = /^\/holidays\/([\w-]+\.json)$/.exec(req.url?.split('?')[0] ?? '')?.[1];
          if (!name) return next();
          holidayFiles()
            .then((files) => {
              const text = holidayFileTexts(files).get(name);
              if (text === undefined) return next();
              res.setHeader('Content-Type', 'application/json');
              res.end(text);
            })
            .catch(next);
        });
      },
      'astro:config:done': ({ config }) => {
        staging = join(fileURLToPath(config.cacheDir), 'holiday-files-staged');
        record = join(fileURLToPath(config.cacheDir), 'holiday-files-built.json');
        outFolder = join(fileURLToPath(config.outDir), 'holidays');
      },
      // Runs before finish-build's, which moves the previous build aside.
      'astro:build:start': async () => {
        key = holidayFilesKey(holidayYears());
        const taken = await takeBuiltHolidayFiles(record, key, outFolder, staging);
        written = taken === undefined ? stageHolidayFiles(staging) : Promise.resolve(taken);
        // A failure surfaces when astro:build:done awaits it; until then it must not count as unhandled.
        written.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const count = await (written ?? writeHolidayFiles(staging));
        const folder = join(fileURLToPath(dir), 'holidays');
        await rm(folder, { recursive: true, force: true });
        // A cache on another disk than the output cannot be moved: write them again, in place.
        await rename(staging, folder).catch(() => writeHolidayFiles(folder));
        if (key) await recordBuiltHolidayFiles(record, { key, folder, count }).catch(() => undefined);
        logger.info(`${count} files in /holidays/`);
      },
    },
  };
}

if (import.meta.main) {
  const [folder] = process.argv.slice(2);
  if (!folder) throw new Error('usage: node src/lib/holidays/integration.ts <folder>');
  console.log(await writeHolidayFiles(folder));
}
