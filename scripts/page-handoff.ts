/**
 * Middleware, in builds only (finish-build.ts adds it): hands each page Astro renders, as
 * it renders it, to the process that finishes pages (finish-build.ts), so that finishing
 * a page runs on the other core while Astro renders the rest, not after them all. The
 * page itself goes on unchanged: Astro writes it, and the finished page replaces it once
 * Astro is done, if Astro wrote exactly what was handed over (else it is finished then).
 * Outside a build nothing is listening, and the middleware only passes the page on.
 */
import type { MiddlewareHandler } from 'astro';

/** Where the build puts the function that takes a rendered page (its URL path, its HTML). */
export const PAGE_RENDERED = Symbol.for('follow-through:page-rendered');

export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  const handOff = Reflect.get(globalThis, PAGE_RENDERED) as ((path: string, html: string) => void) | undefined;
  if (!handOff || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  handOff(context.url.pathname, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
};
