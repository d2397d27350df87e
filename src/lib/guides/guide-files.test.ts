/**
 * Checks the guide files against the rest of the site without running Astro:
 * the planner links to guides by slug (src/domain/guides.ts), so the set of
 * files and their reading order must match that list exactly.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GUIDE_SLUGS } from '../../domain/guides';
import { sortByReadingOrder } from './reading-order';
import { TOPIC_IDS, type TopicId } from './topics';

const DIR = new URL('../../content/guides/', import.meta.url);

/** Reads the few front matter fields this test needs (flat `key: value` lines). */
function readGuide(file: string) {
  const source = readFileSync(new URL(file, DIR), 'utf8');
  const front = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
  const field = (key: string) => new RegExp(`^${key}:\\s*(.*)$`, 'm').exec(front)?.[1]?.trim() ?? '';
  return {
    id: file.replace(/\.mdx$/, ''),
    source,
    data: { topic: field('topic') as TopicId, order: Number(field('order')) },
  };
}

const guides = readdirSync(DIR)
  .filter((f) => f.endsWith('.mdx'))
  .map(readGuide);

describe('guide files', () => {
  it('are exactly the guides the planner links to, in the same reading order', () => {
    expect(sortByReadingOrder(guides).map((g) => g.id)).toEqual([...GUIDE_SLUGS]);
  });

  it('each name a known topic', () => {
    for (const guide of guides) expect(TOPIC_IDS, guide.id).toContain(guide.data.topic);
  });

  it('never share an order number within a topic', () => {
    const keys = guides.map((g) => `${g.data.topic}/${g.data.order}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('contain no level-one heading, because the layout renders the title as the only h1', () => {
    for (const guide of guides) expect(guide.source, guide.id).not.toMatch(/^# /m);
  });

  it('link to other guides only by slugs that exist', () => {
    for (const guide of guides) {
      for (const [, slug] of guide.source.matchAll(/\(\/guides\/([^/#)]+)\//g)) {
        expect(GUIDE_SLUGS, `${guide.id} links to ${slug}`).toContain(slug);
      }
    }
  });
});
