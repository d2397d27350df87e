/**
 * Shapes of the drafts the planner writes for each step and of the findings
 * the draft checker returns. Drafts are plain text, safe for any mail client.
 */
import type { GuideLink } from '../guides.ts';

/** Every format a step's message comes in. */
export interface Drafts {
  /** An email: a subject line and a plain-text body (paragraphs separated by a blank line). */
  email: { subject: string; body: string };
  /** A handwritten-card version, at most 80 words. */
  card: string;
  /** LinkedIn connection notes: one within a free account's limit, one within the longer limit. */
  linkedin: { free: string; long: string };
  /** A phone script as short bullet points, in speaking order. */
  phone: string[];
}

/** Which text is being checked, so the checker applies the right length limit. */
export type DraftFormat = 'email' | 'subject' | 'card' | 'linkedin-free' | 'linkedin-long' | 'phone';

/** What a checker finding is about. */
export type FindingRule =
  | 'salary'
  | 'over-familiar'
  | 'emoji'
  | 'negative-self-talk'
  | 'cliche'
  | 'too-long'
  | 'exclamation'
  | 'placeholder'
  | 'name-spelling';

/** One thing the checker noticed in a draft. */
export interface Finding {
  /** Which rule. */
  rule: FindingRule;
  /** The words that triggered it (empty for whole-text findings like length). */
  excerpt: string;
  /** Where the excerpt starts in the text (UTF-16 index), or -1 for whole-text findings. */
  index: number;
  /** Why it matters and what to do, in one or two plain sentences. */
  reason: string;
  /** The guide that explains it. */
  guide: GuideLink;
}

/** Length limits per format (words for prose, characters for LinkedIn and subjects). */
export interface DraftLimits {
  /** Maximum words, or null. */
  maxWords: number | null;
  /** Maximum characters, or null. */
  maxChars: number | null;
}
