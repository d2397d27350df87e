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
 * They were Astro endpoint routes before: ~575 of them, each rendered through
 * the page pipeline, took about 1.3 s of a 7 s build to write half a megabyte
 * of JSON that needs no rendering at all.
 */
import { spawn } from 'node:child_process';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { childEnv, childOutput } from '../build/child-env.ts';
import { holidayFiles, type HolidayFiles } from './holiday-files.ts';

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

/** The Astro integration that serves /holidays/ in dev and writes it into the build. */
export function holidayFilesIntegration(): AstroIntegration {
  let staging = '';
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
      },
      'astro:build:start': () => {
        written = stageHolidayFiles(staging);
        // A failure surfaces when astro:build:done awaits it; until then it must not count as unhandled.
        written.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const count = await (written ?? writeHolidayFiles(staging));
        const folder = join(fileURLToPath(dir), 'holidays');
        await rm(folder, { recursive: true, force: true });
        // A cache on another disk than the output cannot be moved: write them again, in place.
        await rename(staging, folder).catch(() => writeHolidayFiles(folder));
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
