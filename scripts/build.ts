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
 * Astro runs in this same process: the setting goes into the environment
 * before Rolldown's native module is loaded, which is when mimalloc reads it
 * (a second Node process for Astro cost about 0.1 s of every build).
 *
 * `npm run build` also caps V8's young generation (`--max-semi-space-size=16`,
 * in MB per semi-space, in package.json): by default Node lets it grow to
 * several times that while Astro and Vite work, and the build's peak memory
 * with it. Measured: peak 502 -> 438 MB; the build does more, smaller
 * collections of short-lived objects.
 *
 * Babel, which only compiles Solid components, loads when one needs compiling
 * rather than with Astro's config, and the Solid plugins' dependency crawl runs
 * once per question (src/lib/build/stand-ins/index.ts).
 *
 * Astro's telemetry is off for the build (`ASTRO_TELEMETRY_DISABLED`, unless the environment
 * says otherwise): each build otherwise runs git to name the project and posts an event to
 * Astro's servers, about 25 ms of the main thread before Astro starts. A site that promises
 * its users nothing leaves their browser does not need its build reporting home either.
 *
 * usage: node [--max-semi-space-size=16] scripts/build.ts [astro build options]
 */
import { registerStandIns } from '../src/lib/build/stand-ins/index.ts';

process.env.MIMALLOC_ARENA_EAGER_COMMIT ??= '0';
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
registerStandIns();
const astro = new URL('../node_modules/astro/bin/astro.mjs', import.meta.url);
process.argv.splice(2, 0, 'build');
await import(astro.href);
