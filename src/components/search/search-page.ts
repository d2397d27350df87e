/**
 * The /search/ page: reads `?q=` and `?topic=` so a search can be linked,
 * shows results as the reader types or changes the topic, and keeps the
 * address in step (replaceState) so what is on screen can be shared.
 */
import { loadPagefind } from './pagefind-loader.ts';
import { describeResults } from './search-hits.ts';
import { appendHits, writeMessage } from './search-render.ts';
import { createSearcher, loadHits, type SearchAnswer } from './search-runner.ts';

/** Results per "page" of the list; "Show more" adds the next batch. */
const BATCH = 10;

/** Wires the form and result list rendered by SearchPage.astro. */
export function initSearchPage(root: HTMLElement): void {
  const form = root.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const topicSelect = form.querySelector<HTMLSelectElement>('select[name="topic"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLElement>('[data-search-results]')!;
  const empty = root.querySelector<HTMLElement>('[data-search-empty]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const search = createSearcher(loadPagefind);
  let current: SearchAnswer | undefined;
  let shown = 0;

  const params = new URL(location.href).searchParams;
  input.value = params.get('q') ?? '';
  const topic = params.get('topic') ?? '';
  // A topic that is not an option (an old link, a typo) falls back to all topics.
  topicSelect.value = [...topicSelect.options].some((o) => o.value === topic) ? topic : '';

  const fail = (error: unknown): void => {
    status.classList.add('search-error');
    writeMessage(status, error instanceof Error ? error.message : String(error));
    list.setAttribute('aria-busy', 'false');
  };

  const showMore = async (answer: SearchAnswer): Promise<void> => {
    const hits = await loadHits(answer.results, shown, shown + BATCH);
    if (current !== answer) return;
    appendHits(list, hits, 'search-hit', shown);
    const first = list.children[shown]?.querySelector('a');
    shown += hits.length;
    more.hidden = shown >= answer.results.length;
    // Focus the first new result, so keyboard and screen reader users carry on from there.
    first?.focus();
  };

  const update = async (): Promise<void> => {
    const query = input.value;
    const topicLabel = topicSelect.value || undefined;
    syncAddress(query.trim(), topicSelect.value);
    list.setAttribute('aria-busy', 'true');
    let answer: SearchAnswer | null;
    let hits;
    try {
      answer = await search(query, topicLabel);
      if (!answer) return;
      current = answer;
      hits = await loadHits(answer.results, 0, BATCH);
    } catch (error) {
      return fail(error);
    }
    if (current !== answer) return;
    status.classList.remove('search-error');
    list.replaceChildren();
    appendHits(list, hits, 'search-hit');
    shown = hits.length;
    list.setAttribute('aria-busy', 'false');
    more.hidden = shown >= answer.results.length;
    const asked = !!(answer.query || answer.topic);
    empty.hidden = !asked || answer.results.length > 0;
    status.textContent = asked ? describeResults(answer.results.length, answer.query, answer.topic) : '';
  };

  input.addEventListener('input', () => void update());
  topicSelect.addEventListener('change', () => void update());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void update();
  });
  more.addEventListener('click', () => {
    if (current) showMore(current).catch(fail);
  });
  // The reader came here to search: fetch the library now, not at the first keystroke.
  loadPagefind()
    .then((pagefind) => pagefind.init())
    .catch(fail);
  if (input.value || topicSelect.value) void update();
}

/** Puts the query and topic in the address bar without adding history entries. */
function syncAddress(query: string, topic: string): void {
  const url = new URL(location.href);
  url.search = '';
  if (query) url.searchParams.set('q', query);
  if (topic) url.searchParams.set('topic', topic);
  history.replaceState(history.state, '', url);
}
