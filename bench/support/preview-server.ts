/**
 * Serves a built site with `astro preview` for a benchmark, and stops it
 * (its whole process group) afterwards. `--ignore-lock` lets it run beside a
 * preview server someone else already has open for the same project.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A running preview server. */
export interface PreviewServer {
  /** Base URL, ending in "/". */
  url: string;
  /** Stops the server and everything it started; resolves once it has exited. */
  stop: () => Promise<void>;
}

/**
 * Starts `npm run preview` in `cwd` on `port` and resolves once the home page answers.
 * `outDir` serves a build other than cwd's dist/ (e.g. a snapshot a rebuild cannot touch).
 */
export async function startPreview(
  cwd: string,
  port: number,
  { outDir, timeoutMs = 60_000 }: { outDir?: string; timeoutMs?: number } = {},
): Promise<PreviewServer> {
  const url = `http://127.0.0.1:${port}/`;
  if (await answers(url)) throw new Error(`Something already answers on ${url}; stop it or pick another port.`);
  const flags = [
    '--port',
    String(port),
    '--host',
    '127.0.0.1',
    '--ignore-lock',
    ...(outDir ? ['--outDir', outDir] : []),
  ];
  const child = spawn('npm', ['run', 'preview', '--', ...flags], {
    cwd,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
    await exited;
    // The npm wrapper can exit before the server it started; give the port a moment to close.
    const closeBy = Date.now() + 10_000;
    while (Date.now() < closeBy && (await answers(url))) await new Promise((resolve) => setTimeout(resolve, 100));
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro preview exited early:\n${stderr}`);
    if (await answers(url)) return { url, stop };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`astro preview did not answer on ${url} within ${timeoutMs / 1000} s:\n${stderr}`);
}

/** True when an HTTP server answers `url` with a success status. */
async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

/** A TCP port nothing is listening on right now, chosen by the OS. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('Could not find a free port.');
  return address.port;
}
