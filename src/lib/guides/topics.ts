/**
 * The topics that group the guides, in the order a job seeker meets them:
 * from the moment the interview ends to the moment a decision arrives.
 * Defined once here; the collection schema, the guides index, the home page
 * and the reading order all read this list.
 */

/** Every topic id, in journey order (the schema's enum is built from it). */
export const TOPIC_IDS = [
  'before-you-leave',
  'thank-you',
  'calls-and-check-ins',
  'linkedin',
  'mistakes',
  'after-the-decision',
  'templates',
] as const;

/** One stage of the journey. */
export type TopicId = (typeof TOPIC_IDS)[number];

/** A topic as readers see it. */
export interface Topic {
  /** Stable id, used in front matter and as the anchor on `/guides/`. */
  id: TopicId;
  /** Short heading shown on the index, the home page and in search filters. */
  label: string;
  /** Position in the journey, starting at 1. */
  order: number;
  /** One line saying what the topic helps with. */
  blurb: string;
}

/** All topics, in journey order. */
export const TOPICS: readonly Topic[] = [
  {
    id: 'before-you-leave',
    label: 'Before you leave',
    order: 1,
    blurb: 'What to collect in the room, and why the follow-up matters at all.',
  },
  {
    id: 'thank-you',
    label: 'The thank-you',
    order: 2,
    blurb: 'When to send it, what to put in it, and which format to pick.',
  },
  {
    id: 'calls-and-check-ins',
    label: 'Calls and check-ins',
    order: 3,
    blurb: 'Phoning about a decision, nudging politely while you wait, and knowing when to stop.',
  },
  {
    id: 'linkedin',
    label: 'LinkedIn and networking',
    order: 4,
    blurb: 'Staying in touch with interviewers, referrers and colleagues without making it awkward.',
  },
  {
    id: 'mistakes',
    label: 'Mistakes to avoid',
    order: 5,
    blurb: 'The habits that quietly cost candidates an offer.',
  },
  {
    id: 'after-the-decision',
    label: 'After the decision',
    order: 6,
    blurb: 'Answering a no, stepping away from a poor fit, and asking for feedback.',
  },
  {
    id: 'templates',
    label: 'Examples and templates',
    order: 7,
    blurb: 'Every message from these guides as a template, ready to adapt.',
  },
];

/** Looks up a topic by id (throws on an unknown id, so a typo fails the build). */
export function getTopic(id: TopicId): Topic {
  const topic = TOPICS.find((t) => t.id === id);
  if (!topic) throw new Error(`Unknown guide topic: ${id}`);
  return topic;
}
