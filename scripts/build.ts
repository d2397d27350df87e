/**
 * `npm run build`: `astro build`, with one setting for the memory allocator of
 * Rolldown (Vite's bundler), mimalloc, which reads it when it loads.
 *
 * By default mimalloc commits its 1 GiB arena up front and, on Linux with
 * transparent huge pages in "madvise" mode (Debian's and Ubuntu's default),
 * asks for 2 MB pages there: each page the bundler touches is then resident
 * and zeroed whole. Measured in alternating runs of the whole build (load 6):
 * peak memory 685 -> 515 MB and kernel time 2.9-3.5 -> 1.5-1.8 s without it.
 * `MIMALLOC_ARENA_EAGER_COMMIT=0` commits the arena as it is used instead;
 * the output is the same. A value already in the environment wins.
 *
 * usage: node scripts/build.ts [astro build options]
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const child = spawn(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { MIMALLOC_ARENA_EAGER_COMMIT: '0', ...process.env },
});
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
