/**
 * How the browser starts a Solid island: `@astrojs/solid-js/client.js`
 * without `solid-js/store` (about 2 kB gz), so a page's first visit carries
 * only the store code its own components use (the planner's first screen uses
 * none; its later screens and the plan view load it with themselves).
 * astro.config.mjs puts this module in place of the renderer's own.
 *
 * It does what the renderer's does: collects the island's slots, then
 * hydrates the server's HTML (inside a Suspense, as Astro's renderer does) or
 * renders afresh for `client:only`. Two differences: when Astro hands an
 * island it already started new props, they reach the component through a
 * signal, whole, rather than merged key by key with `reconcile` (no island on
 * this site is ever given new props: there are no view transitions); and the
 * island renders in a task after the one that evaluated its modules, so a
 * phone runs two shorter tasks instead of one long one.
 */
import { createSignal, Suspense, type Component } from 'solid-js';
import { createComponent, hydrate, render } from 'solid-js/web';

type Props = Record<string, unknown>;
type Island = (
  Component: Component<Props>,
  props: Props,
  slotted: Record<string, string>,
  opts: { client: string },
) => Promise<void> | void;

/** For each island already started, how to hand it new props. */
const started = new WeakMap<HTMLElement, (props: Props) => void>();

/** The hydrator Astro's island element calls for `element`. */
export default (element: HTMLElement): Island =>
  async (Component, props, slotted, { client }) => {
    if (!element.hasAttribute('ssr')) return;
    const isHydrate = client !== 'only';
    const slots: Record<string, Element> = {};
    if (Object.keys(slotted).length > 0) {
      if (isHydrate) {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_ELEMENT, (node) => {
          if (node === element) return NodeFilter.FILTER_SKIP;
          if (node.nodeName === 'ASTRO-SLOT') return NodeFilter.FILTER_ACCEPT;
          if (node.nodeName === 'ASTRO-ISLAND') return NodeFilter.FILTER_REJECT;
          return NodeFilter.FILTER_SKIP;
        });
        for (let slot = walker.nextNode(); slot; slot = walker.nextNode())
          slots[(slot as Element).getAttribute('name') || 'default'] = slot as Element;
      }
      for (const [key, value] of Object.entries(slotted)) {
        if (slots[key]) continue;
        const slot = document.createElement('astro-slot');
        if (key !== 'default') slot.setAttribute('name', key);
        slot.innerHTML = value;
        slots[key] = slot;
      }
    }
    const { default: children, ...named } = slots;
    const all: Props = { ...props, ...named, children };
    const update = started.get(element);
    if (update) return update(all);

    const [current, setCurrent] = createSignal(all);
    started.set(element, setCurrent);
    // In a task of its own (Astro waits for this promise before it marks the island hydrated).
    await new Promise((resolve) => setTimeout(resolve));
    // The component's props: each reads the latest value Astro gave.
    const reactiveProps = Object.defineProperties(
      {},
      Object.fromEntries(Object.keys(all).map((key) => [key, { enumerable: true, get: () => current()[key] }])),
    ) as Props;
    const inner = () => createComponent(Component, reactiveProps);
    const renderId = element.dataset['solidRenderId'];
    const dispose = isHydrate
      ? hydrate(
          () =>
            createComponent(Suspense, {
              get children() {
                return inner();
              },
            }),
          element,
          renderId === undefined ? {} : { renderId },
        )
      : (element.replaceChildren(), render(inner, element));
    element.addEventListener('astro:unmount', () => dispose(), { once: true });
  };
