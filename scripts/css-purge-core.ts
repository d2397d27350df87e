/**
 * Each page carries its styles inline (astro.config.mjs), by page type. This
 * drops, page by page, the rules that cannot match anything the page can ever
 * show: a selector needs each class and id it names to appear somewhere in the
 * page's HTML or in a script the page loads (now or later), so markup that
 * scripts build keeps its styles. Anything uncertain is kept: classes inside
 * :not(), :is(), :has() and other parentheses are not required, and at-rules
 * other than @media and @supports are left alone.
 */
import postcss, { type Container, type Root } from 'postcss';

// Pages of a type share their stylesheet, and its selectors: each is read once per build.
const namesOfSelector = new Map<string, string[]>();

/** Classes and ids a selector needs on the page to ever match (none inside parentheses). */
export function requiredNames(selector: string): string[] {
  let names = namesOfSelector.get(selector);
  if (!names) {
    names = readRequiredNames(selector);
    namesOfSelector.set(selector, names);
  }
  return names;
}

function readRequiredNames(selector: string): string[] {
  let depth = 0;
  let outside = '';
  for (const char of selector) {
    if (char === '(') depth += 1;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) outside += char;
  }
  // Attribute values ([data-x='a.b']) are not class names.
  const bare = outside.replace(/\[[^\]]*\]/g, '');
  return [...bare.matchAll(/[.#](-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1] ?? '');
}

/** A test for "this name appears in the text", as a whole word (not part of a longer name). */
export function nameFinder(text: string): (name: string) => boolean {
  const words = new Set(text.split(/[^\w-]+/));
  return (name) => words.has(name);
}

const KEPT_AT_RULES = new Set([
  'keyframes',
  'font-face',
  'property',
  'layer',
  'import',
  'charset',
  'page',
  'counter-style',
]);

// Each stylesheet's names, and what it came to for each set of them that appeared on a page.
const sheets = new Map<string, { root: Root; names: string[]; purged: Map<string, string> }>();

/** The stylesheet without the rules no selector of which can match (see the module comment). */
export function purgeCss(css: string, appears: (name: string) => boolean): string {
  // What comes out depends only on which of the sheet's names appear: pages that agree on
  // those (most pages of a type) share one result, and the sheet is parsed once for them all.
  let sheet = sheets.get(css);
  if (!sheet) {
    const root = postcss.parse(css);
    sheet = { root, names: namesIn(root), purged: new Map() };
    sheets.set(css, sheet);
  }
  const key = sheet.names.filter(appears).join(' ');
  let purged = sheet.purged.get(key);
  if (purged === undefined) {
    purged = prunedSheet(sheet.root.clone(), appears);
    sheet.purged.set(key, purged);
  }
  return purged;
}

/** Every class and id the sheet's selectors need, once each (those inside at-rules left alone included: harmless). */
function namesIn(root: Root): string[] {
  const names = new Set<string>();
  root.walkRules((rule) => {
    for (const selector of rule.selectors) for (const name of requiredNames(selector)) names.add(name);
  });
  return [...names];
}

/** The sheet in `root` (changed in place) without the rules that cannot match. */
function prunedSheet(root: Root, appears: (name: string) => boolean): string {
  const prune = (container: Container): void => {
    container.each((node) => {
      if (node.type === 'rule') {
        const rule = node;
        const kept = rule.selectors.filter((selector) => requiredNames(selector).every(appears));
        if (kept.length === 0) rule.remove();
        else if (kept.length < rule.selectors.length) rule.selectors = kept;
      } else if (node.type === 'atrule' && !KEPT_AT_RULES.has(node.name) && node.nodes) {
        prune(node);
        if (node.nodes.length === 0) node.remove();
      }
    });
  };
  prune(root);
  return root.toString();
}
