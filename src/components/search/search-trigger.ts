/**
 * The header's search control, the only search code every page ships. It
 * swaps the plain /search/ link (what readers without JavaScript get) for a
 * button, and opens the dialog on click, `/` or Ctrl/Cmd+K. The dialog and
 * Pagefind are imported on first use; if that fails, it goes to /search/.
 */
import { isSearchShortcut, isTypingTarget } from './search-shortcut.ts';

type SearchUi = typeof import('./search-ui.ts');

/** Wires the control rendered by SearchButton.astro. */
export function initSearchTrigger(): void {
  const link = document.querySelector<HTMLAnchorElement>('[data-search-link]');
  const button = document.querySelector<HTMLButtonElement>('[data-search-button]');
  if (!link || !button) return;
  let ui: Promise<SearchUi> | undefined;
  const open = (): void => {
    ui ??= import('./search-ui.ts');
    ui.then(
      (module) => module.openSearchDialog(button),
      () => {
        ui = undefined;
        location.assign(link.href);
      },
    );
  };
  link.hidden = true;
  button.hidden = false;
  button.addEventListener('click', open);
  document.addEventListener('keydown', (event) => {
    if (!event.defaultPrevented && isSearchShortcut(event, isTypingTarget(event.target))) {
      event.preventDefault();
      open();
    }
  });
}
