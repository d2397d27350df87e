import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readBuildFiles } from './build-files.ts';
import { generateServiceWorker } from './generate-sw.ts';
import { SIZE_PLACEHOLDER } from './offline-manifest.ts';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><title>T</title></head><body>${body}</body></html>`;

/** A small build: home, a guide offering "save all", a holiday table and Pagefind's library. */
function build(change: Record<string, string> = {}): string {
  const dist = mkdtempSync(join(tmpdir(), 'generate-sw-'));
  folders.push(dist);
  const files = {
    '/index.html': page('<p>Home</p>'),
    '/guides/index.html': page(`<p>Save all ${SIZE_PLACEHOLDER}</p>`),
    '/guides/a/index.html': page('<p>A guide</p>'),
    '/holidays/gb.json': '{"days":[]}',
    '/pagefind/pagefind.js': 'export const search = 1;',
    ...change,
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  return dist;
}

/** The version the worker was built with. */
const version = (dist: string) => /new Response\("([\w-]{16})"\)/.exec(readFileSync(join(dist, 'sw.js'), 'utf8'))?.[1];

describe('the service worker’s version', () => {
  const bundled = Promise.resolve('new Response("FT_VERSION_SLOT_");');

  it('is the same for the same build, whether its files were read before or not', async () => {
    const [a, b] = [build(), build()];
    await generateServiceWorker(a, bundled);
    const files = readBuildFiles(b, { searchLater: true, hash: true });
    files.addSearch();
    await generateServiceWorker(b, bundled, files);
    expect(version(a)).toMatch(/^[\w-]{16}$/);
    expect(version(b)).toBe(version(a));
    for (const file of ['offline.json', 'guides/index.html'])
      expect(readFileSync(join(b, file), 'utf8'), file).toBe(readFileSync(join(a, file), 'utf8'));
    expect(readFileSync(join(b, 'guides/index.html'), 'utf8')).toMatch(/data-offline-size>\(≈ \d+ kB\)/);
  });

  it('changes when any one file does, Pagefind’s and the holiday tables included', async () => {
    const first = build();
    await generateServiceWorker(first, bundled);
    const changes = [
      { '/guides/a/index.html': page('<p>A guide, edited</p>') },
      { '/holidays/gb.json': '{"days":["2026-12-25"]}' },
      { '/pagefind/pagefind.js': 'export const search = 2;' },
      { '/guides/b/index.html': page('<p>A new guide</p>') },
    ];
    const versions = new Set([version(first)]);
    for (const change of changes) {
      const dist = build(change);
      await generateServiceWorker(dist, bundled);
      versions.add(version(dist));
    }
    expect(versions.size).toBe(changes.length + 1);
  });
});
