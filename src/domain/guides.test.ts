import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LENGTH_LIMITS } from './drafts/checker/length.ts';
import { RULE_INFO } from './drafts/check-draft.ts';
import { DISAGREEMENTS } from './guidance.ts';
import { buildPlan } from './plan/build-plan.ts';
import { factsWith } from './testing/fixtures.ts';
import { GUIDE_SLUGS, guide, guideHref } from './guides.ts';

describe('guides', () => {
  it('builds guide URLs, with or without a heading', () => {
    expect(guideHref(guide('checking-in'))).toBe('/guides/checking-in/');
    expect(guideHref(guide('checking-in', 'when-to-move-on'))).toBe('/guides/checking-in/#when-to-move-on');
  });

  it('has unique slugs', () => {
    expect(new Set(GUIDE_SLUGS).size).toBe(GUIDE_SLUGS.length);
  });

  it('has a range for every disagreement a step can show', () => {
    expect(DISAGREEMENTS.map((d) => d.id).sort()).toEqual(['call-again', 'check-in-timing', 'thank-you-timing']);
    for (const d of DISAGREEMENTS) expect(d.range).toMatch(/^from /);
  });
});

describe('guide links from the planner and the checker', () => {
  const dir = fileURLToPath(new URL('../content/guides/', import.meta.url));
  const slugify = (heading: string) =>
    heading
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s-]/gu, '')
      .trim()
      .replace(/\s/g, '-');
  const headings = (slug: string) =>
    readFileSync(`${dir}${slug}.mdx`, 'utf8')
      .split('\n')
      .filter((line) => /^#{2,3} /.test(line))
      .map((line) => slugify(line.replace(/^#+ /, '')));

  it.skipIf(!existsSync(dir))('point to guides and headings that exist', () => {
    const now = Date.parse('2026-11-20T12:00:00Z');
    const variants: Parameters<typeof factsWith>[0][] = [
      {},
      { read: { went: 'badly' } },
      { read: { interest: 'no' }, notes: { channel: 'card' } },
      {
        interview: { format: 'agency-phone-screen' },
        notes: { channel: 'phone' },
        decision: { kind: 'decide-by', date: '2026-11-13' },
      },
      { events: [{ id: 'r', kind: 'rejected', date: '2026-11-10', time: '', durationMinutes: '', stage: '' }] },
    ];
    const links = variants.flatMap((v) => buildPlan(factsWith(v, now), { now }).steps.map((s) => s.guide));
    links.push(...Object.values(RULE_INFO).map((r) => r.guide), ...Object.values(LENGTH_LIMITS).map((l) => l.guide));
    for (const link of links) {
      expect(existsSync(`${dir}${link.slug}.mdx`), link.slug).toBe(true);
      if (link.fragment) expect(headings(link.slug), `${link.slug}#${link.fragment}`).toContain(link.fragment);
    }
  });
});
