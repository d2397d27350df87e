/**
 * The header's theme <select> (ThemeSwitch.astro): shown once this runs,
 * starting at the choice theme-init.js applied; a change is remembered (when
 * storage allows) and handed to theme-init.js, which applies it.
 */
declare global {
  interface Window {
    /** Applies a theme choice ("light", "dark" or "system"): set by theme-init.js before first paint. */
    ftTheme?: (choice: string) => void;
  }
}

export function initThemeSwitch(): void {
  const select = document.querySelector<HTMLSelectElement>('#theme-select');
  if (!select?.parentElement) return;
  select.value = document.documentElement.dataset['themeChoice'] ?? 'system';
  select.parentElement.hidden = false;
  select.addEventListener('change', () => {
    try {
      if (select.value === 'system') localStorage.removeItem('ft-theme');
      else localStorage.setItem('ft-theme', select.value);
    } catch {
      // Storage blocked: the choice holds for this page only.
    }
    window.ftTheme?.(select.value);
  });
}
