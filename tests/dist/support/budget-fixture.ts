/** A tiny built site for the budget helpers' tests: one island page, shaped like Astro's and Vite's real output. */
export const FILES: Record<string, string> = {
  '/_astro/base.css': 'body{margin:0}',
  '/_astro/Planner.abc.js':
    'import{t as e}from"./solid.js";import"./side-effect.js";' +
    'const n=()=>import("./Drafts.def.js");export{e as default};',
  '/_astro/client.xyz.js': 'import{t}from"./solid.js";export default t;',
  '/_astro/solid.js': 'const proxy=Symbol(`solid-proxy`);export{proxy as t};',
  '/_astro/side-effect.js': 'console.log("once");',
  '/_astro/Drafts.def.js': 'import{t}from"./solid.js";import"./drafts-only.js";',
  '/_astro/drafts-only.js': 'export const x=1;',
  '/_astro/opener.js': 'document.onclick=()=>import(`/pagefind/pagefind.js`);',
  '/pagefind/pagefind.js': 'export const search=1;',
};

/** Reads the fixture's files by URL path. */
export const read = (path: string): string | undefined => FILES[path];

/** The planner-like page: a stylesheet, a preload, inline code, an island and a module script. */
export const PAGE = `<!doctype html><html><head>
<link rel="stylesheet" href="/_astro/base.css">
<link rel="modulepreload" href="/_astro/solid.js">
<link rel="preload" href="/fonts/a.woff2" as="font">
<script>window.theme=1</script>
<script type="application/ld+json">{"@type":"Thing"}</script>
<style>.x{color:red}</style>
</head><body>
<astro-island uid="1" component-url="/_astro/Planner.abc.js" renderer-url="/_astro/client.xyz.js" props="{}"></astro-island>
<script type="module" src="../_astro/opener.js"></script>
</body></html>`;
