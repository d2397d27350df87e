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
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Indexes the pages in `dist` with Pagefind into dist/pagefind/, as `pagefind --site dist` would. */
export async function indexForSearch(dist: string): Promise<string> {
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({});
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

/** The integration; put it last. `mapsFile` is where the nginx maps go, relative to the project. */
export function finishBuild(mapsFile = 'deploy/nginx/generated/headers.conf'): AstroIntegration {
  let root = '';
  return {
    name: 'follow-through:finish-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        // Loaded here, not with the config: `astro dev` and `astro check` never need them.
        const [{ finishPages }, { generateServiceWorker }, { writeHeaders }] = await Promise.all([
          import('./finish-pages.ts'),
          import('./generate-sw.ts'),
          import('./write-headers.ts'),
        ]);
        const dist = fileURLToPath(dir).replace(/\/$/, '');
        logger.info(finishPages(dist));
        logger.info(await indexForSearch(dist));
        logger.info(await generateServiceWorker(dist));
        logger.info(writeHeaders(dist, `${root}${mapsFile}`));
      },
    },
  };
}
