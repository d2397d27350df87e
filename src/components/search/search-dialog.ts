/**
 * The search dialog: a native modal <dialog> with a search box and results
 * that update as the reader types. Loaded by the header's search button on
 * first use, with Pagefind behind it, so pages that never search pay nothing.
 *
 * Keyboard: arrow keys move focus between the box and the result links
 * (Enter then follows the link natively), Tab stays inside the dialog,
 * Escape closes it and focus goes back to where it was.
 */
import stylesheetUrl from './search.css?url';
import { loadPagefind } from './pagefind-loader.ts';
import { describeResults } from './search-hits.ts';
import { appendHits, writeMessage } from './search-render.ts';
import { createSearcher, loadHits, type SearchAnswer } from './search-runner.ts';
import { TOPICS } from '../../lib/guides/topics.ts';
import { GUIDES_INDEX, topicHref } from '../../lib/guides/paths.ts';

/** Results shown in the dialog; the /search/ page shows the rest. */
const MAX_HITS = 8;

const SEARCH_PAGE = '/search/';

const suggestions = TOPICS.map(({ id, label }) => `<li><a href="${topicHref(id)}">${label}</a></li>`).join('');

const TEMPLATE = `
<div class="search-panel">
  <h2 id="ftsd-title" class="visually-hidden">Search the guides</h2>
  <form class="search-bar" role="search" action="${SEARCH_PAGE}" method="get">
    <svg class="search-icon" aria-hidden="true" width="20" height="20" viewBox="0 0 24 24"><circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" stroke-width="2.2"/><path d="M15.5 15.5 21 21" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"/></svg>
    <label class="visually-hidden" for="ftsd-q">Search the guides</label>
    <input id="ftsd-q" name="q" type="search" autocomplete="off" spellcheck="false" enterkeyhint="search"
      placeholder="Search the guides" aria-describedby="ftsd-help" aria-controls="ftsd-results">
    <button type="button" class="search-close" data-close>Close</button>
  </form>
  <p id="ftsd-status" class="search-status" role="status"></p>
  <ul id="ftsd-results" class="search-hits" aria-label="Results"></ul>
  <div class="search-empty" hidden>
    <p>Try fewer or different words, or start from a stage of the journey:</p>
    <ul class="search-suggestions">${suggestions}</ul>
    <p><a href="${GUIDES_INDEX}">See every guide, in the order you will need them</a></p>
  </div>
  <div class="search-foot">
    <p id="ftsd-help" class="visually-hidden">
      Results appear as you type. Use the up and down arrow keys to move through them, Enter to open one, and Escape to close.
    </p>
    <p class="search-keys" aria-hidden="true">
      <span><kbd>↑</kbd> <kbd>↓</kbd> move</span> <span><kbd>Enter</kbd> open</span> <span><kbd>Esc</kbd> close</span>
    </p>
    <a class="search-more" href="${SEARCH_PAGE}">Search page with topic filter</a>
  </div>
</div>`;

interface DialogParts {
  dialog: HTMLDialogElement;
  input: HTMLInputElement;
  status: HTMLElement;
  list: HTMLElement;
  empty: HTMLElement;
  more: HTMLAnchorElement;
}

let parts: DialogParts | undefined;
let returnFocusTo: HTMLElement | undefined;
let current: SearchAnswer | undefined;
const search = createSearcher(loadPagefind);

function build(): DialogParts {
  const dialog = document.createElement('dialog');
  dialog.className = 'search-dialog';
  dialog.setAttribute('aria-labelledby', 'ftsd-title');
  dialog.innerHTML = TEMPLATE;
  document.body.append(dialog);
  const built: DialogParts = {
    dialog,
    input: dialog.querySelector('input')!,
    status: dialog.querySelector('.search-status')!,
    list: dialog.querySelector('.search-hits')!,
    empty: dialog.querySelector('.search-empty')!,
    more: dialog.querySelector('.search-more')!,
  };
  built.input.addEventListener('input', () => void update(built));
  dialog.addEventListener('keydown', (event) => onKeydown(built, event));
  // Any other way the dialog closes (such as the browser's own close request). The event
  // is queued, and a quick reader may have reopened the dialog by the time it arrives.
  dialog.addEventListener('close', () => {
    if (!dialog.open) restoreFocus();
  });
  dialog.addEventListener('click', (event) => {
    const target = event.target as Element;
    // A click on the backdrop lands on the <dialog> itself, outside the panel.
    if (target === dialog || target.closest('[data-close]')) closeDialog(dialog);
    // Following a link to a section of this same page does not unload it: close first
    // (but not for a click that opens a new tab or window).
    else if (target.closest('a') && !(event.ctrlKey || event.metaKey || event.shiftKey)) closeDialog(dialog, false);
  });
  return built;
}

/** Closes the dialog and, unless the reader is leaving through a link, puts focus back. */
function closeDialog(dialog: HTMLDialogElement, putFocusBack = true): void {
  if (!putFocusBack) returnFocusTo = undefined;
  dialog.close();
  restoreFocus();
}

function restoreFocus(): void {
  returnFocusTo?.focus();
  returnFocusTo = undefined;
}

/**
 * Adds the dialog's stylesheet once and resolves when it has loaded (or failed:
 * an unstyled dialog still works). Linked here rather than imported, so that
 * Astro does not add it to every page that has the search button.
 */
function loadStyles(): Promise<unknown> {
  if (document.querySelector(`link[href="${stylesheetUrl}"]`)) return Promise.resolve();
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = stylesheetUrl;
  document.head.append(link);
  return new Promise((resolve) => {
    link.addEventListener('load', resolve);
    link.addEventListener('error', resolve);
  });
}

/** Opens the dialog (building it on first use); focus returns to `trigger` or to what had focus. */
export async function openSearchDialog(trigger: HTMLElement): Promise<void> {
  if (!parts) await loadStyles();
  const p = (parts ??= build());
  if (!p.dialog.open) {
    const active = document.activeElement;
    returnFocusTo = active instanceof HTMLElement && active !== document.body ? active : trigger;
    p.dialog.showModal();
  }
  p.input.focus();
  p.input.select();
  // Start fetching the library and index metadata while the reader types.
  loadPagefind()
    .then((pagefind) => pagefind.init())
    .catch((error: unknown) => showError(p, error));
}

function showError(p: DialogParts, error: unknown): void {
  p.status.classList.add('search-error');
  writeMessage(p.status, error instanceof Error ? error.message : String(error));
}

async function update(p: DialogParts): Promise<void> {
  const query = p.input.value;
  p.more.href = query.trim() ? `${SEARCH_PAGE}?q=${encodeURIComponent(query.trim())}` : SEARCH_PAGE;
  p.list.setAttribute('aria-busy', 'true');
  let answer: SearchAnswer | null;
  let hits;
  try {
    answer = await search(query);
    if (!answer) return;
    current = answer;
    hits = await loadHits(answer.results, 0, MAX_HITS);
  } catch (error) {
    showError(p, error);
    p.list.setAttribute('aria-busy', 'false');
    return;
  }
  if (current !== answer) return;
  p.status.classList.remove('search-error');
  p.list.replaceChildren();
  appendHits(p.list, hits, 'ftsd-hit');
  p.list.setAttribute('aria-busy', 'false');
  p.empty.hidden = !answer.query || answer.results.length > 0;
  const count = answer.results.length;
  let status = answer.query ? describeResults(count, answer.query) : '';
  if (count > MAX_HITS) status += ` Showing the best ${MAX_HITS}.`;
  p.status.textContent = status;
}

function onKeydown(p: DialogParts, event: KeyboardEvent): void {
  const links = [...p.list.querySelectorAll<HTMLAnchorElement>('a')];
  const active = document.activeElement;
  const at = links.indexOf(active as HTMLAnchorElement);
  const focus = (el: HTMLElement | undefined): void => {
    event.preventDefault();
    el?.focus();
  };
  if (event.key === 'Escape') {
    // Handled here rather than by the native cancel, which a search box's Escape (clear) can swallow.
    event.preventDefault();
    closeDialog(p.dialog);
  } else if (event.key === 'ArrowDown' && (active === p.input || at >= 0)) {
    focus(links[at + 1] ?? links[at]);
  } else if (event.key === 'ArrowUp' && at >= 0) {
    focus(at === 0 ? p.input : links[at - 1]);
  } else if (event.key === 'Tab') {
    trapTab(p.dialog, event);
  } else if (at >= 0 && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
    // Typing on a result goes back to the search box, so the reader can refine the query.
    p.input.focus();
  }
}

/** Keeps Tab and Shift+Tab cycling inside the dialog. */
function trapTab(dialog: HTMLDialogElement, event: KeyboardEvent): void {
  const focusable = [...dialog.querySelectorAll<HTMLElement>('a[href], button, input')].filter(
    (el) => el.getClientRects().length > 0,
  );
  const first = focusable[0];
  const last = focusable.at(-1);
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last?.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first?.focus();
  }
}
