// Runs inline in <head>, before first paint (ThemeInit.astro; minified at build, its
// hash allowed in the CSP by astro.config.mjs). Keep it to what must happen before paint:
// every byte of it counts in each page's JavaScript.
(() => {
  const root = document.documentElement;
  const media = matchMedia('(prefers-color-scheme: dark)');
  const stored = () => {
    try {
      const v = localStorage.getItem('ft-theme');
      return v === 'light' || v === 'dark' ? v : 'system';
    } catch {
      return 'system';
    }
  };
  const apply = (choice = stored()) => {
    root.dataset.themeChoice = choice;
    root.dataset.theme = choice === 'system' ? (media.matches ? 'dark' : 'light') : choice;
  };
  apply();
  media.addEventListener('change', () => apply(root.dataset.themeChoice));
  // Another tab changed the choice.
  addEventListener('storage', () => apply());
  // This page's theme switch (theme-switch.ts) applies a choice through this.
  window.ftTheme = apply;
})();
