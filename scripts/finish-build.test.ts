import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { finishBuild, indexForSearch, searchIndex } from './finish-build.ts';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${body}</p></main></body></html>`;

describe('indexing a build for search', () => {
  it('writes Pagefind’s library and an index of the pages into dist/pagefind', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'finish-build-'));
    folders.push(dist);
    mkdirSync(join(dist, 'guides/thanks'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), page('Home', 'Follow up after the interview.'));
    writeFileSync(join(dist, 'guides/thanks/index.html'), page('Thanks', 'A thank-you note within a day.'));

    expect(await indexForSearch(dist)).toMatch(/^pagefind: 2 pages read/);
    expect(existsSync(join(dist, 'pagefind/pagefind.js'))).toBe(true);
    expect(readdirSync(join(dist, 'pagefind/fragment'))).toHaveLength(2);
  });
});

describe('indexing pages as Astro renders them', () => {
  /** The text of every page in the index (Pagefind's fragments, one per page). */
  const indexed = (dist: string): string[] =>
    readdirSync(join(dist, 'pagefind/fragment')).map((name) =>
      gunzipSync(readFileSync(join(dist, 'pagefind/fragment', name))).toString('utf8'),
    );

  it('indexes the pages handed over ahead and the rest from what Astro wrote', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'finish-build-'));
    folders.push(dist);
    const home = page('Home', 'Follow up after the interview.');
    const thanks = page('Thanks', 'A thank-you note within a day.');
    const search = searchIndex(dist);
    search.ahead('guides/thanks/index.html', thanks);
    const line = await search.write([
      { sourcePath: 'guides/thanks/index.html', content: thanks },
      { sourcePath: 'index.html', content: home },
    ]);
    expect(line).toMatch(/^pagefind: 2 pages read/);
    const texts = indexed(dist).join('\n');
    expect(texts).toContain('A thank-you note within a day.');
    expect(texts).toContain('Follow up after the interview.');
  });

  it('starts again from what Astro wrote when a page handed over differs from it', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'finish-build-'));
    folders.push(dist);
    const search = searchIndex(dist);
    search.ahead('guides/thanks/index.html', page('Thanks', 'A draft that never shipped.'));
    await search.write([{ sourcePath: 'guides/thanks/index.html', content: page('Thanks', 'The page as written.') }]);
    const texts = indexed(dist);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toContain('The page as written.');
    expect(texts[0]).not.toContain('never shipped');
  });
});

describe('the start of a build', () => {
  /** Runs the integration's start-of-build hook on a project in a temp folder; returns its folder. */
  async function startBuild(withGit: boolean): Promise<string> {
    const root = mkdtempSync(join(tmpdir(), 'finish-build-'));
    folders.push(root);
    mkdirSync(join(root, 'dist/holidays'), { recursive: true });
    writeFileSync(join(root, 'dist/holidays/GB.json'), '{}');
    if (withGit) mkdirSync(join(root, 'dist/.git'));
    const hooks = finishBuild().hooks as Record<string, (options: unknown) => unknown>;
    const url = (path: string) => new URL(`file://${join(root, path)}/`);
    await hooks['astro:config:done']!({ config: { root: url(''), outDir: url('dist'), cacheDir: url('cache') } });
    await hooks['astro:build:start']!({});
    return root;
  }

  it('moves the previous build out of the output folder, so Astro has nothing to empty', async () => {
    const root = await startBuild(false);
    expect(existsSync(join(root, 'dist'))).toBe(false);
  });

  it('leaves an output folder that holds a .git checkout to Astro, which keeps the .git', async () => {
    const root = await startBuild(true);
    expect(existsSync(join(root, 'dist/holidays/GB.json'))).toBe(true);
  });
});
