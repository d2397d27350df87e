import { describe, expect, it } from 'vitest';
import {
  assertRelatedExist,
  findNeighbours,
  groupByTopic,
  sortByReadingOrder,
  type OrderedGuide,
} from './reading-order';
import { TOPICS } from './topics';

const guide = (id: string, topic: OrderedGuide['data']['topic'], order: number) => ({
  id,
  data: { topic, order },
});

const guides = [
  guide('templates', 'templates', 1),
  guide('call', 'calls-and-check-ins', 1),
  guide('card', 'thank-you', 2),
  guide('leave', 'before-you-leave', 1),
  guide('email', 'thank-you', 1),
  guide('why', 'before-you-leave', 2),
];

describe('sortByReadingOrder', () => {
  it('puts guides in journey order of their topic, then by order within the topic', () => {
    expect(sortByReadingOrder(guides).map((g) => g.id)).toEqual(['leave', 'why', 'email', 'card', 'call', 'templates']);
  });

  it('breaks a tie in order by id, so the result never depends on file-system order', () => {
    const tied = [guide('b', 'mistakes', 1), guide('a', 'mistakes', 1)];
    expect(sortByReadingOrder(tied).map((g) => g.id)).toEqual(['a', 'b']);
  });

  it('leaves the input array untouched', () => {
    const copy = [...guides];
    sortByReadingOrder(guides);
    expect(guides).toEqual(copy);
  });
});

describe('findNeighbours', () => {
  it('links across a topic boundary', () => {
    const { previous, next } = findNeighbours(guides, 'why');
    expect(previous?.id).toBe('leave');
    expect(next?.id).toBe('email');
  });

  it('has no previous guide for the first and no next guide for the last', () => {
    expect(findNeighbours(guides, 'leave').previous).toBeUndefined();
    expect(findNeighbours(guides, 'templates').next).toBeUndefined();
  });

  it('throws for an id that is not a guide', () => {
    expect(() => findNeighbours(guides, 'nope')).toThrow(/nope/);
  });
});

describe('groupByTopic', () => {
  it('groups guides under their topic in journey order and skips empty topics', () => {
    const groups = groupByTopic(guides);
    expect(groups.map((g) => g.topic.id)).toEqual([
      'before-you-leave',
      'thank-you',
      'calls-and-check-ins',
      'templates',
    ]);
    expect(groups[1]?.guides.map((g) => g.id)).toEqual(['email', 'card']);
  });

  it('keeps the topics themselves in the order they are numbered', () => {
    expect(TOPICS.map((t) => t.order)).toEqual(TOPICS.map((_, i) => i + 1));
  });
});

describe('assertRelatedExist', () => {
  const withRelated = (id: string, related: string[]) => ({
    id,
    data: { related: related.map((r) => ({ id: r })) },
  });

  it('accepts related links that all point at existing guides', () => {
    expect(() => assertRelatedExist([withRelated('a', ['b']), withRelated('b', ['a'])])).not.toThrow();
  });

  it('names every missing or self-referencing related guide in one error', () => {
    expect(() => assertRelatedExist([withRelated('a', ['ghost']), withRelated('b', ['b'])])).toThrow(
      /"a" lists "ghost"[\s\S]*"b" lists itself/,
    );
  });
});
