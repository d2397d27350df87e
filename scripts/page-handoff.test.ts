import type { APIContext } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import { onRequest, PAGE_RENDERED } from './page-handoff.ts';

afterEach(() => Reflect.deleteProperty(globalThis, PAGE_RENDERED));

/** Runs the middleware on a request for `path` whose page renders as `response`. */
async function render(path: string, response: Response): Promise<Response> {
  const context = { url: new URL(`https://followthrough.example${path}`) } as APIContext;
  return (await onRequest(context, () => Promise.resolve(response))) as Response;
}

const html = (text: string) => new Response(text, { status: 200, headers: { 'content-type': 'text/html' } });

describe('handing rendered pages to the build', () => {
  it('hands over each page’s path and HTML, and passes the page on unchanged', async () => {
    const handed: [string, string][] = [];
    Reflect.set(globalThis, PAGE_RENDERED, (path: string, text: string) => handed.push([path, text]));
    const response = await render('/guides/thanks/', html('<p>Thanks</p>'));
    expect(handed).toEqual([['/guides/thanks/', '<p>Thanks</p>']]);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(await response.text()).toBe('<p>Thanks</p>');
  });

  it('hands over nothing but pages', async () => {
    const handed: string[] = [];
    Reflect.set(globalThis, PAGE_RENDERED, (path: string) => handed.push(path));
    const json = new Response('{}', { headers: { 'content-type': 'application/json' } });
    expect(await render('/data.json', json)).toBe(json);
    expect(handed).toEqual([]);
  });

  it('passes the page on untouched when nothing is listening', async () => {
    const response = html('<p>Home</p>');
    expect(await render('/', response)).toBe(response);
  });
});
