/**
 * Runs Debian's nginx (/usr/sbin/nginx, or NGINX_PATH) on a free local port
 * with the server block this project ships (deploy/nginx/follow-through.conf)
 * and the maps the build generated, exactly as deploy/Dockerfile installs
 * them. Only the three lines that name the image's port and folder change.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
/** The shipped server block. */
export const SITE_CONF = join(ROOT, 'deploy/nginx/follow-through.conf');
/** The maps `npm run build` writes next to it. */
export const GENERATED_MAPS = join(ROOT, 'deploy/nginx/generated/headers.conf');

/** A running nginx. */
export interface NginxServer {
  /** http://127.0.0.1:PORT */
  url: string;
  /** Stops nginx and removes its temporary folder. */
  stop: () => Promise<void>;
}

/** A TCP port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

/** The shipped server block with this machine's port and build folder (each change must apply exactly once). */
export function localSiteConf(conf: string, port: number, dist: string): string {
  const swaps: Array<[string, string]> = [
    ['    listen 80;\n', `    listen 127.0.0.1:${port};\n`],
    ['    listen [::]:80;\n', ''],
    ['    root /usr/share/nginx/html;\n', `    root ${dist};\n`],
  ];
  for (const [from, to] of swaps) {
    if (conf.split(from).length !== 2) throw new Error(`${SITE_CONF} no longer has exactly one line "${from.trim()}"`);
    conf = conf.replace(from, to);
  }
  return conf;
}

/** The image's main nginx.conf, in short: mime types, the site's block, everything else in a temporary folder. */
function mainConf(dir: string): string {
  // Started as root (CI in a container), workers would run as "nobody" and could not read a
  // build inside a private folder (a clone in a mktemp directory): they run as the caller instead.
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  return `daemon off;
${user}worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    access_log off;
    client_body_temp_path ${dir}/body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
    include ${dir}/site.conf;
}
`;
}

/** Starts nginx over `dist` and resolves once it answers. */
export async function startNginx(dist: string): Promise<NginxServer> {
  const binary = process.env['NGINX_PATH'] ?? '/usr/sbin/nginx';
  if (!existsSync(binary))
    throw new Error(`No nginx at ${binary}: on Debian, apt-get install -y nginx (.ci/run does).`);
  if (!existsSync(GENERATED_MAPS)) throw new Error(`${GENERATED_MAPS} is missing: run \`npm run build\` first.`);
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'ft-nginx-'));
  mkdirSync(join(dir, 'follow-through'));
  // The server block includes follow-through/headers.conf relative to the main config's folder.
  symlinkSync(GENERATED_MAPS, join(dir, 'follow-through/headers.conf'));
  writeFileSync(join(dir, 'site.conf'), localSiteConf(readFileSync(SITE_CONF, 'utf8'), port, resolve(dist)));
  writeFileSync(join(dir, 'nginx.conf'), mainConf(dir));

  const child: ChildProcess = spawn(binary, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.once('exit', done));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGQUIT');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) {
      const log = existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '';
      await stop();
      throw new Error(`nginx exited with ${child.exitCode}:\n${stderr}${log}`);
    }
    const up = await fetch(`${url}/`).then(
      () => true,
      () => false,
    );
    if (up) return { url, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`nginx did not answer on ${url} within 15 s:\n${stderr}`);
    }
    await new Promise((wait) => setTimeout(wait, 100));
  }
}
