// Runs inline in <head>, before first paint (ThemeInit.astro; minified at build, its
// hash allowed in the CSP by astro.config.mjs). Keep it to what must happen before paint.
(function () {
  var root = document.documentElement;
  var media = matchMedia('(prefers-color-scheme: dark)');
  function stored() {
    try {
      var v = localStorage.getItem('ft-theme');
      return v === 'light' || v === 'dark' ? v : 'system';
    } catch {
      return 'system';
    }
  }
  function apply(choice) {
    root.dataset.themeChoice = choice;
    root.dataset.theme = choice === 'system' ? (media.matches ? 'dark' : 'light') : choice;
  }
  apply(stored());
  media.addEventListener('change', function () {
    apply(root.dataset.themeChoice);
  });
  // Another tab changed the choice.
  addEventListener('storage', function () {
    apply(stored());
  });
  // This page's theme switch (theme-switch.ts) changed it.
  addEventListener('ft-theme', function (event) {
    apply(event.detail);
  });
})();
