/** The localStorage key shared with theme-init.js. */
export const THEME_KEY = 'ft-theme';

/** The three choices a reader can make. */
export type ThemeChoice = 'system' | 'light' | 'dark';

/** Normalises whatever is stored into a valid choice (unknown → system). */
export function toThemeChoice(value: unknown): ThemeChoice {
  return value === 'light' || value === 'dark' ? value : 'system';
}

/** Wires the header's theme <select> to localStorage and the <html> data attributes. */
export function initThemeSwitch(): void {
  const wrapper = document.querySelector<HTMLElement>('[data-theme-switch]');
  const select = wrapper?.querySelector('select');
  if (!wrapper || !select) return;
  select.value = toThemeChoice(document.documentElement.dataset['themeChoice']);
  wrapper.hidden = false;
  select.addEventListener('change', () => {
    const choice = toThemeChoice(select.value);
    try {
      if (choice === 'system') localStorage.removeItem(THEME_KEY);
      else localStorage.setItem(THEME_KEY, choice);
    } catch {
      // Storage can be blocked (private mode); the choice still applies to this page.
    }
    document.documentElement.dataset['themeChoice'] = choice;
    (window as unknown as { __ftApplyTheme?: () => void }).__ftApplyTheme?.();
    if (choice !== 'system') document.documentElement.dataset['theme'] = choice;
  });
}
