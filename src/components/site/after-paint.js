// Runs inline on every page (AfterPaint.astro; minified at build, its hash allowed in the
// CSP by astro.config.mjs). Once the page's first paint is on screen, it moves what
// AfterPaint's <template> holds into <head>: the site-wide module (theme switch, search
// opener, service worker) and the manifest link. Neither changes the first paint, yet a
// browser fetches both the moment it sees them, and on a phone's slow first connection those
// fetches come before the page's largest paint (Lighthouse counts them there: #12 goal 5).
// Paint timing reports first-paint and first-contentful-paint, together on these pages;
// a second call finds the template empty and moves nothing.
// The observer's callback is itself a task queued after the paint it reports.
new PerformanceObserver(() => document.head.append(document.getElementById('after-paint').content)).observe({
  type: 'paint',
  buffered: true,
});
