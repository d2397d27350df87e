/**
 * The checker's findings are rendered in the browser, so the build's link
 * check never sees their guide links: check every section a finding can point
 * to exists, as an id, on the built guide page.
 */
import { describe, expect, it } from 'vitest';
import { LENGTH_LIMITS } from '../../src/domain/drafts/checker/length.ts';
import { RULE_INFO } from '../../src/domain/drafts/check-draft.ts';
import { guideHref } from '../../src/domain/guides.ts';
import { attributeValues, readBuiltPages } from './support/built-site';

const ids = new Map(readBuiltPages().map((p) => [p.path, new Set(attributeValues(p.html, 'id'))]));
const links = [
  ...Object.entries(RULE_INFO).map(([rule, info]) => [rule, info.guide] as const),
  ...Object.entries(LENGTH_LIMITS).map(([format, limit]) => [`too-long (${format})`, limit.guide] as const),
];

describe("the checker's guide links in the built site", () => {
  for (const [rule, link] of links)
    it(`${rule} links ${guideHref(link)}, a section that exists`, () => {
      const page = ids.get(`/guides/${link.slug}/`);
      expect(page, `no built page for ${link.slug}`).toBeDefined();
      if (link.fragment) expect(page?.has(link.fragment), `#${link.fragment} on /guides/${link.slug}/`).toBe(true);
    });
});
