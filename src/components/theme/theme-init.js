(function () {
  var root = document.documentElement;
  var media = window.matchMedia('(prefers-color-scheme: dark)');
  function stored() {
    try {
      var v = localStorage.getItem('ft-theme');
      return v === 'light' || v === 'dark' ? v : 'system';
    } catch {
      return 'system';
    }
  }
  function apply() {
    var choice = stored();
    root.dataset.themeChoice = choice;
    root.dataset.theme = choice === 'system' ? (media.matches ? 'dark' : 'light') : choice;
  }
  apply();
  media.addEventListener('change', apply);
  window.addEventListener('storage', apply);
  window.__ftApplyTheme = apply;
})();
