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
  addEventListener('storage', function () {
    apply(stored());
  });
  addEventListener('DOMContentLoaded', function () {
    var select = document.getElementById('theme-select');
    if (!select) return;
    select.value = root.dataset.themeChoice;
    select.parentElement.hidden = false;
    select.addEventListener('change', function () {
      try {
        if (select.value === 'system') localStorage.removeItem('ft-theme');
        else localStorage.setItem('ft-theme', select.value);
      } catch {
        // Storage blocked: the choice holds for this page only.
      }
      apply(select.value);
    });
  });
})();
