/**
 * The guides collection, read once and put in reading order. Pages and the
 * home page call these instead of `getCollection('guides')`, so the order and
 * the related-link check are the same everywhere.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { assertRelatedExist, groupByTopic, sortByReadingOrder, type TopicGroup } from './reading-order';

/** One guide entry from the collection. */
export type Guide = CollectionEntry<'guides'>;

/** Every guide in reading order; fails the build if a related link points nowhere. */
export async function getGuidesInReadingOrder(): Promise<Guide[]> {
  const guides = await getCollection('guides');
  assertRelatedExist(guides);
  return sortByReadingOrder(guides);
}

/** Guides grouped by topic, topics in journey order: the shape of the index and the home page's journey. */
export async function getGuidesByTopic(): Promise<TopicGroup<Guide>[]> {
  return groupByTopic(await getGuidesInReadingOrder());
}
