/**
 * Synthetic guides for the scale benchmark: valid front matter for the guides
 * schema (src/content.config.ts), a few headings each, and prose from a
 * follow-up vocabulary varied enough that Pagefind's index grows as it would
 * with real writing. Seeded, so every run builds the same site.
 */

/** One generated guide: its file name and MDX source. */
export interface SyntheticGuide {
  file: string;
  source: string;
}

const SUBJECTS = [
  'the hiring manager',
  'your recruiter',
  'the panel',
  'the interviewer',
  'a second-round interviewer',
  'the team lead',
  'the founder',
  'the HR coordinator',
  'a future colleague',
  'the department head',
];
const VERBS = [
  'expects',
  'remembers',
  'notices',
  'appreciates',
  'reads',
  'forwards',
  'compares',
  'answers',
  'schedules',
  'weighs',
  'mentions',
  'reviews',
  'shares',
  'questions',
  'values',
];
const OBJECTS = [
  'a short thank-you email',
  'a polite check-in',
  'a handwritten card',
  'your portfolio link',
  'a reference list',
  'the salary question',
  'a LinkedIn request',
  'the decision date',
  'a work sample',
  'your notice period',
  'a second interview',
  'the job description',
  'a follow-up call',
  'your availability',
  'feedback after a rejection',
  'a counter-offer',
  'the onboarding plan',
  'a written summary',
];
const CLAUSES = [
  'within one business day',
  'before the end of the week',
  'after the decision date has passed',
  'once the panel has met',
  'while the conversation is still fresh',
  'when the role is remote',
  'if the company is small',
  'for a graduate position',
  'in a different time zone',
  'after a phone screen',
  'when several people interviewed you',
  'if you have another offer',
  'during a hiring freeze',
];
const OPENERS = [
  'In practice,',
  'Usually,',
  'Often,',
  'Most of the time,',
  'For many roles,',
  'Sometimes',
  'Above all,',
];
const TOPIC_WORDS = [
  'timing',
  'tone',
  'subject lines',
  'etiquette',
  'persistence',
  'gratitude',
  'clarity',
  'patience',
  'negotiation',
  'networking',
  'references',
  'deadlines',
  'silence',
  'rejection',
  'offers',
  'templates',
];
const TITLE_VERBS = ['Writing', 'Timing', 'Planning', 'Handling', 'Sending', 'Checking', 'Answering', 'Choosing'];

/** A small deterministic PRNG (mulberry32), so runs are comparable. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` guides spread over `topics`, ordered after any real guide (order starts at 1000). */
export function syntheticGuides(count: number, topics: readonly string[], seed = 42): SyntheticGuide[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const sentence = (): string => {
    const text = `${pick(OPENERS)} ${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(CLAUSES)}.`;
    return text.charAt(0).toUpperCase() + text.slice(1);
  };
  const paragraph = (): string => Array.from({ length: 3 + Math.floor(next() * 4) }, sentence).join(' ');

  return Array.from({ length: count }, (_, i) => {
    const n = i + 1;
    const subject = pick(OBJECTS);
    const title = `${pick(TITLE_VERBS)} ${subject}: case ${n}`;
    const description =
      `Synthetic guide ${n} on ${pick(TOPIC_WORDS)} and ${subject} ${pick(CLAUSES)}, ` +
      `for measuring how the site scales.`;
    const sections = Array.from({ length: 3 + Math.floor(next() * 3) }, (_s, s) => {
      const heading = `## ${s + 1}. ${pick(TOPIC_WORDS)} and ${pick(OBJECTS)}`;
      const body = Array.from({ length: 2 + Math.floor(next() * 2) }, paragraph).join('\n\n');
      return `${heading}\n\n${body}`;
    });
    const source = [
      '---',
      `title: ${JSON.stringify(title)}`,
      `description: ${JSON.stringify(description)}`,
      `topic: ${topics[i % topics.length]}`,
      `order: ${1000 + n}`,
      'updated: 2026-01-15',
      '---',
      '',
      paragraph(),
      '',
      sections.join('\n\n'),
      '',
    ].join('\n');
    return { file: `synthetic-${String(n).padStart(4, '0')}.mdx`, source };
  });
}
