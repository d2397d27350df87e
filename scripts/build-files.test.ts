import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readBuildFiles } from './build-files.ts';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** A build folder holding `files` (URL path → text). */
function buildWith(files: Record<string, string>): string {
  const dist = mkdtempSync(join(tmpdir(), 'build-files-'));
  folders.push(dist);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  return dist;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest();

describe('the build’s files, read once', () => {
  it('lists every file in every folder as sorted URL paths, with its bytes and text', () => {
    const dist = buildWith({
      '/index.html': 'home',
      '/guides/a/index.html': 'a',
      '/_astro/x.js': 'x',
      '/404.html': 'gone',
    });
    const files = readBuildFiles(dist);
    expect(files.paths()).toEqual(['/404.html', '/_astro/x.js', '/guides/a/index.html', '/index.html']);
    expect(files.text('/guides/a/index.html')).toBe('a');
    expect(files.bytes('/_astro/x.js')).toEqual(Buffer.from('x'));
    expect(files.text('/missing.html')).toBeUndefined();
    expect(files.digest('/missing.html')).toBeUndefined();
  });

  it('leaves Pagefind’s folder, still being written, for later, and adds it when asked', () => {
    const dist = buildWith({ '/index.html': 'home', '/pagefind/pagefind.js': 'old' });
    const files = readBuildFiles(dist, { searchLater: true });
    expect(files.paths()).toEqual(['/index.html']);
    writeFileSync(join(dist, 'pagefind/pagefind.js'), 'written');
    mkdirSync(join(dist, 'pagefind/fragment'));
    writeFileSync(join(dist, 'pagefind/fragment/a.pf_fragment'), 'f');
    files.addSearch();
    expect(files.paths()).toEqual(['/index.html', '/pagefind/fragment/a.pf_fragment', '/pagefind/pagefind.js']);
    expect(files.text('/pagefind/pagefind.js')).toBe('written');
  });

  it('hashes each file’s content, and again after it is written', () => {
    const dist = buildWith({ '/index.html': 'home' });
    for (const hash of [true, false]) {
      const files = readBuildFiles(dist, { hash });
      expect(files.digest('/index.html')).toEqual(sha256(readFileSync(join(dist, 'index.html'), 'utf8')));
      files.write('/index.html', `home, ${String(hash)}`);
      expect(files.digest('/index.html')).toEqual(sha256(`home, ${String(hash)}`));
      expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe(`home, ${String(hash)}`);
    }
  });

  it('writes new files into the build and lists them', () => {
    const dist = buildWith({ '/index.html': 'home' });
    const files = readBuildFiles(dist);
    files.write('/sw.js', 'worker');
    files.write('/offline.json', Buffer.from('{}'));
    expect(files.paths()).toEqual(['/index.html', '/offline.json', '/sw.js']);
    expect(readFileSync(join(dist, 'sw.js'), 'utf8')).toBe('worker');
    expect(files.text('/offline.json')).toBe('{}');
  });
});
