/** Where guides and topics live on the site, written once so links never drift. */
import type { TopicId } from './topics';

/** The guides index. */
export const GUIDES_INDEX = '/guides/';

/** The planner every guide ends by pointing to. */
export const PLANNER_HREF = '/plan/';

/** A guide's page (the site uses trailing slashes everywhere). */
export function guideHref(id: string): string {
  return `${GUIDES_INDEX}${id}/`;
}

/** A topic's section on the guides index. */
export function topicHref(id: TopicId): string {
  return `${GUIDES_INDEX}#${id}`;
}
