/**
 * DOM for search results, shared by the dialog and the /search/ page. Each
 * result is one link (title and sub-heading) described by its excerpt; the
 * whole row is clickable through the link's stretched ::after.
 */
import type { SearchHit } from './search-hits.ts';

const make = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] => {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
};

/**
 * Copies a Pagefind excerpt into `target`, keeping only its text and <mark>
 * elements. Pagefind already encodes entities, but parsing in an inert
 * <template> and copying text keeps anything else out of the page.
 */
export function appendExcerpt(target: HTMLElement, excerptHtml: string): void {
  const template = document.createElement('template');
  template.innerHTML = excerptHtml;
  for (const node of template.content.childNodes) {
    if (node.nodeName === 'MARK') target.append(make('mark', '', node.textContent ?? ''));
    else target.append(node.textContent ?? '');
  }
}

/** Appends one <li> per hit to `list`; ids start from `offset` so appended pages stay unique. */
export function appendHits(list: HTMLElement, hits: readonly SearchHit[], idPrefix: string, offset = 0): void {
  hits.forEach((hit, index) => {
    const item = make('li', 'search-hit');
    const link = make('a', 'search-hit-link');
    link.href = hit.url;
    link.append(make('span', 'search-hit-title', hit.title));
    if (hit.section) {
      const section = make('span', 'search-hit-section');
      section.append(make('span', 'visually-hidden', ', section: '), hit.section);
      link.append(section);
    }
    item.append(link);
    if (hit.excerpt) {
      const excerpt = make('p', 'search-hit-excerpt');
      excerpt.id = `${idPrefix}-${offset + index}`;
      appendExcerpt(excerpt, hit.excerpt);
      link.setAttribute('aria-describedby', excerpt.id);
      item.append(excerpt);
    }
    if (hit.topic) item.append(make('p', 'search-hit-topic', hit.topic));
    list.append(item);
  });
}

/** Writes a message, turning `backticked` parts into <code> (for commands such as `npm run build`). */
export function writeMessage(target: HTMLElement, message: string): void {
  target.replaceChildren(...message.split('`').map((part, index) => (index % 2 === 1 ? make('code', '', part) : part)));
}
