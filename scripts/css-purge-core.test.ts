import { describe, expect, it } from 'vitest';
import { nameFinder, purgeCss, requiredNames } from './css-purge-core.ts';

describe('requiredNames', () => {
  it('lists the classes and ids a selector needs', () => {
    expect(requiredNames('.toc summary::after')).toEqual(['toc']);
    expect(requiredNames('#main .guide-body > p.lede')).toEqual(['main', 'guide-body', 'lede']);
  });

  it('needs nothing inside parentheses, where a class may be optional or negated', () => {
    expect(requiredNames('.ex-bar:has([hidden]):not(:has(.ex-count))')).toEqual(['ex-bar']);
    expect(requiredNames(':is(.a, .b) .c')).toEqual(['c']);
  });

  it('does not read attribute values as class names', () => {
    expect(requiredNames("a[href$='.pdf']")).toEqual([]);
  });
});

describe('purgeCss', () => {
  const appears = nameFinder('<div class="site-header callout"><p id="main">');

  it('drops rules whose classes never appear, and keeps element and attribute rules', () => {
    const css = 'body{margin:0}.callout{color:red}.planner-step{color:blue}[hidden]{display:none}';
    expect(purgeCss(css, appears)).toBe('body{margin:0}.callout{color:red}[hidden]{display:none}');
  });

  it('keeps only the selectors of a list that can match', () => {
    expect(purgeCss('.callout,.planner-step{color:red}', appears)).toBe('.callout{color:red}');
  });

  it('empties and drops a media query whose rules all go, and leaves keyframes alone', () => {
    const css = '@media (min-width:40rem){.planner-step{color:red}}@keyframes spin{to{transform:rotate(1turn)}}';
    expect(purgeCss(css, appears)).toBe('@keyframes spin{to{transform:rotate(1turn)}}');
  });

  it('gives each page what its own names keep, when pages share a stylesheet', () => {
    const css = 'body{margin:0}.callout{color:red}.planner-step{color:blue}#main{padding:0}';
    const guide = nameFinder('<main id="main"><p class="callout">');
    const plan = nameFinder('<main id="main"><ol class="planner-step">');
    const otherGuide = nameFinder('<div class="callout other"><main id="main">');
    expect(purgeCss(css, guide)).toBe('body{margin:0}.callout{color:red}#main{padding:0}');
    expect(purgeCss(css, plan)).toBe('body{margin:0}.planner-step{color:blue}#main{padding:0}');
    expect(purgeCss(css, otherGuide)).toBe('body{margin:0}.callout{color:red}#main{padding:0}');
    expect(purgeCss(css, nameFinder(''))).toBe('body{margin:0}');
  });
});

describe('nameFinder', () => {
  it('finds whole class names in markup and scripts, not parts of longer ones', () => {
    const appears = nameFinder('el.className="search-hit";<div class="toc-list">');
    expect(appears('search-hit')).toBe(true);
    expect(appears('toc-list')).toBe(true);
    expect(appears('toc')).toBe(false);
    expect(appears('search')).toBe(false);
  });
});
