import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pageFinisher } from './finish-pages.ts';
import { builtPage, pagePath } from './site-files.ts';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

const page = (body: string) =>
  '<!doctype html><html><head><style>.used{color:red}.unused{color:blue}</style></head>' +
  `<body><p class="used">${body}</p></body></html>`;
const FINISHED_STYLE = '<style>.used{color:red}</style>';

/** A build with a guide and the home page, as Astro writes them; returns its folder. */
function built(): string {
  const dist = mkdtempSync(join(tmpdir(), 'finish-pages-'));
  folders.push(dist);
  mkdirSync(join(dist, 'guides/thanks'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), page('Home'));
  writeFileSync(join(dist, 'guides/thanks/index.html'), page('Thanks'));
  return dist;
}

describe('finishing the pages of a build', () => {
  it('names each page by its URL path', () => {
    expect(pagePath('guides/thanks/index.html')).toBe('/guides/thanks/');
    expect(pagePath('index.html')).toBe('/');
    expect(pagePath('404.html')).toBe('/404.html');
  });

  it('knows which file Astro writes for a page it rendered, error pages included', () => {
    expect(builtPage('/guides/thanks/')).toBe('guides/thanks/index.html');
    expect(builtPage('/')).toBe('index.html');
    expect(builtPage('/404/')).toBe('404.html');
    expect(builtPage('/500/')).toBe('500.html');
    expect(builtPage('/feed.xml')).toBeUndefined();
  });

  it('writes every page finished, whether or not it was handed over while Astro rendered', async () => {
    const dist = built();
    const finisher = pageFinisher(dist);
    finisher.ahead('guides/thanks/index.html', page('Thanks'));
    const line = await finisher.writeAll();
    expect(line).toMatch(/^finish-pages: 2 pages \(1 finished while Astro rendered the rest\)/);
    for (const file of ['index.html', 'guides/thanks/index.html'])
      expect(readFileSync(join(dist, file), 'utf8'), file).toContain(FINISHED_STYLE);
  });

  it('finishes what Astro wrote, not what it was handed, when the two differ', async () => {
    const dist = built();
    const finisher = pageFinisher(dist);
    finisher.ahead('guides/thanks/index.html', page('Something else'));
    finisher.ahead('index.html', page('Home'));
    expect(await finisher.writeAll()).toMatch(/\(1 finished while/);
    const html = readFileSync(join(dist, 'guides/thanks/index.html'), 'utf8');
    expect(html).toContain('>Thanks<');
    expect(html).toContain(FINISHED_STYLE);
  });
});
