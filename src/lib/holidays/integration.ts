/**
 * Build-time only: puts everything under /holidays/ on the site (each
 * region's table, the picker's index, the time zone map; see
 * holiday-files.ts). A build writes them into the output once the pages are
 * done, as plain files; the dev server answers them from memory.
 *
 * They were Astro endpoint routes before: ~575 of them, each rendered through
 * the page pipeline, took about 1.3 s of a 7 s build to write half a megabyte
 * of JSON that needs no rendering at all.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { holidayFiles, type HolidayFiles } from './holiday-files.ts';

/** Each file under /holidays/ by its name (`GB-ENG.json`, `regions.json`, `zones.json`), as its JSON text. */
export function holidayFileTexts(files: HolidayFiles): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [region, table] of Object.entries(files.tables)) texts.set(`${region}.json`, JSON.stringify(table));
  texts.set('regions.json', JSON.stringify(files.index));
  texts.set('zones.json', JSON.stringify({ v: 1, zones: files.zones }));
  return texts;
}

/** The Astro integration that serves /holidays/ in dev and writes it into the build. */
export function holidayFilesIntegration(): AstroIntegration {
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
      'astro:build:done': async ({ dir, logger }) => {
        const folder = join(fileURLToPath(dir), 'holidays');
        const texts = holidayFileTexts(await holidayFiles());
        await mkdir(folder, { recursive: true });
        await Promise.all([...texts].map(([name, text]) => writeFile(join(folder, name), text)));
        logger.info(`${texts.size} files in /holidays/`);
      },
    },
  };
}
