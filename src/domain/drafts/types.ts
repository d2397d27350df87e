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

/** What a checker finding is about (its rule id). */
export type FindingRule =
  | 'salary'
  | 'pushy-deadline'
  | 'self-talk'
  | 'passive-aggressive'
  | 'over-familiar'
  | 'emoji'
  | 'cliche'
  | 'too-long'
  | 'exclamation'
  | 'placeholder'
  | 'name-spelling'
  | 'stray-name'
  | 'wrong-recipient'
  | 'repeated-word'
  | 'repeated-sentence'
  | 'doubled-punctuation'
  | 'stray-full-stop';

/** Where a finding's words are in the checked text: UTF-16 offsets, `start` inclusive, `end` exclusive. */
export interface Place {
  /** First code unit of the words. */
  start: number;
  /** One past the last code unit. */
  end: number;
}

/**
 * One thing the checker noticed in a draft, shaped like a `vfile-message`
 * (the unified/retext convention): a rule id, the exact place of the words, a
 * reason and a link to the guide that explains it.
 */
export interface Finding {
  /** Which rule. */
  ruleId: FindingRule;
  /** The exact words the finding is about; every finding has one, so the editor can mark it. */
  place: Place;
  /** The words at `place`, as written. */
  excerpt: string;
  /** Why it matters and what to do, in one or two plain sentences. */
  reason: string;
  /** The guide section that explains it. */
  guide: GuideLink;
}

/** Length limits per format (words for prose, characters for LinkedIn and subjects). */
export interface DraftLimits {
  /** Maximum words, or null. */
  maxWords: number | null;
  /** Maximum characters, or null. */
  maxChars: number | null;
}
