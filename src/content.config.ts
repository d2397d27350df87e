/**
 * Content collections. One collection: the guides, written in MDX under
 * src/content/guides/. The schema is strict so that a typo in front matter
 * fails the build with a message that says what to fix.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { TOPIC_IDS } from './lib/guides/topics';

/** Longest description that still fits a search result snippet without being cut off. */
const DESCRIPTION_MAX = 160;

/**
 * Longest title: the page's <title> adds " · Follow Through" (17 characters),
 * and the whole must stay within the 70 characters search engines show.
 */
const TITLE_MAX = 53;

const guides = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/guides' }),
  schema: z.strictObject({
    /** The guide's title: the page's only h1 and the link text on the index. */
    title: z
      .string()
      .trim()
      .min(8, 'A guide title needs at least 8 characters.')
      .max(
        TITLE_MAX,
        `Keep a guide title to ${TITLE_MAX} characters or fewer: with the site name added, the browser tab title must fit in 70.`,
      ),
    /** One or two sentences: the meta description, the search excerpt and the line under the title on the index. */
    description: z
      .string()
      .trim()
      .min(50, 'Write a description of at least 50 characters: it is what search results show.')
      .max(
        DESCRIPTION_MAX,
        `Keep the description to ${DESCRIPTION_MAX} characters or fewer: search engines and the site search cut off longer ones.`,
      ),
    /** The stage of the journey the guide belongs to (see src/lib/guides/topics.ts). */
    topic: z.enum(TOPIC_IDS, {
      error: () => `topic must be one of: ${TOPIC_IDS.join(', ')}.`,
    }),
    /** Position within the topic, starting at 1; prev/next links follow topic order, then this. */
    order: z.int('order must be a whole number, such as 1 or 2.').positive('order starts at 1.'),
    /** Slugs of guides worth reading next, shown at the end of the article. */
    related: z.array(reference('guides')).max(4, 'List at most 4 related guides.').default([]),
    /** When the guide's advice was last reviewed, as YYYY-MM-DD. */
    updated: z.coerce.date({ error: () => 'updated must be a date written as YYYY-MM-DD.' }),
  }),
});

/** Every collection the site defines. */
export const collections = { guides };
