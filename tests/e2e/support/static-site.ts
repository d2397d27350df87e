import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { distDir } from './site';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.pagefind': 'application/octet-stream',
};

/** One response the server sent. */
export interface Served {
  path: string;
  status: number;
  /** Body bytes as sent (the server does not compress). */
  bytes: number;
  /** Body bytes gzipped, as a compressing host would send them (never more than `bytes`). */
  gz: number;
  /** When it was sent (performance.now()). */
  at: number;
}

/** A copy of the build on its own small static server. */
export interface StaticSite {
  url: string;
  /** The served copy, which a test may edit to "deploy" a new version. */
  dir: string;
  /** Every response so far, in order. */
  log: Served[];
  /** Resolves once nothing has been served for `quietMs` (what the browser does next is its business). */
  quiet: (quietMs?: number, maxMs?: number) => Promise<void>;
  close: () => void;
}

/**
 * Serves a copy of the build as a plain static host would, with a one-hour
 * Cache-Control like the shared measuring tool's, logging what it sends.
 * Unknown paths get /404.html with status 404.
 */
export async function serveBuild(): Promise<StaticSite> {
  const dir = mkdtempSync(join(tmpdir(), 'ft-site-'));
  cpSync(distDir, dir, { recursive: true });
  const log: Served[] = [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    let status = 200;
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      file = join(dir, '404.html');
      status = 404;
    }
    const body = readFileSync(file);
    log.push({
      path,
      status,
      bytes: body.length,
      gz: Math.min(body.length, gzipSync(body).length),
      at: performance.now(),
    });
    response.writeHead(status, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'max-age=3600',
    });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const quiet = async (quietMs = 1000, maxMs = 20_000): Promise<void> => {
    const end = performance.now() + maxMs;
    while (performance.now() < end) {
      const last = log.at(-1)?.at ?? 0;
      if (performance.now() - last >= quietMs) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`the site was still serving after ${maxMs} ms`);
  };
  return {
    url: `http://127.0.0.1:${port}/`,
    dir,
    log,
    quiet,
    close: () => {
      server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
