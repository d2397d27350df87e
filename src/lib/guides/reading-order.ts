/**
 * Reading order for the guides: topic order first (the journey), then each
 * guide's `order` within its topic. Prev/next links, the index and the home
 * page all follow it. Plain functions over a minimal shape, so they are easy
 * to test without Astro.
 */
import { TOPICS, type Topic, type TopicId } from './topics';

/** The least a guide needs to be placed in reading order. */
export interface OrderedGuide {
  id: string;
  data: { topic: TopicId; order: number };
}

/** Guides under one topic, in reading order. */
export interface TopicGroup<T extends OrderedGuide> {
  topic: Topic;
  guides: T[];
}

/** The neighbours of a guide in reading order (absent at either end). */
export interface Neighbours<T> {
  previous: T | undefined;
  next: T | undefined;
}

const topicRank = new Map<TopicId, number>(TOPICS.map((t) => [t.id, t.order]));

/** Returns a new array of guides in reading order; ties fall back to the id, so the order is stable. */
export function sortByReadingOrder<T extends OrderedGuide>(guides: readonly T[]): T[] {
  return [...guides].sort(
    (a, b) =>
      (topicRank.get(a.data.topic) ?? Infinity) - (topicRank.get(b.data.topic) ?? Infinity) ||
      a.data.order - b.data.order ||
      a.id.localeCompare(b.id),
  );
}

/** Finds the guides read just before and just after `id`. */
export function findNeighbours<T extends OrderedGuide>(guides: readonly T[], id: string): Neighbours<T> {
  const ordered = sortByReadingOrder(guides);
  const index = ordered.findIndex((g) => g.id === id);
  if (index === -1) throw new Error(`No guide with id "${id}" to find neighbours for`);
  return { previous: ordered[index - 1], next: ordered[index + 1] };
}

/** Groups guides by topic in journey order, leaving out topics that have no guides yet. */
export function groupByTopic<T extends OrderedGuide>(guides: readonly T[]): TopicGroup<T>[] {
  const ordered = sortByReadingOrder(guides);
  return TOPICS.map((topic) => ({
    topic,
    guides: ordered.filter((g) => g.data.topic === topic.id),
  })).filter((group) => group.guides.length > 0);
}

/**
 * Checks that every related guide named in front matter exists and is not the
 * guide itself. Throws one message naming every problem, so the build fails
 * with something an author can act on.
 */
export function assertRelatedExist(
  guides: readonly { id: string; data: { related: readonly { id: string }[] } }[],
): void {
  const ids = new Set(guides.map((g) => g.id));
  const problems = guides.flatMap((g) =>
    g.data.related.flatMap((r) => {
      if (r.id === g.id) return [`"${g.id}" lists itself as related`];
      if (!ids.has(r.id)) return [`"${g.id}" lists "${r.id}" as related, but no such guide exists`];
      return [];
    }),
  );
  if (problems.length > 0) {
    throw new Error(`Guide front matter has bad related links:\n- ${problems.join('\n- ')}`);
  }
}
