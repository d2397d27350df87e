/**
 * The site's recommendations, defined once. The planner's rules read the
 * numbers below, and the guides render the same records (positions table +
 * recommendation), so an article can never disagree with the plan it links to.
 *
 * Every record traces to ../shared/guidance-facts.md (sections named inline).
 */
import type { SurveyId } from './evidence.ts';

/** One source article, as the fact sheet names it. */
export type SourceId = 'S0' | 'S1' | 'S1 comment' | 'S2' | 'S3' | 'S4';

/** Short descriptions of the sources, shown beside a position. */
export const SOURCES: Record<SourceId, string> = {
  S0: 'a university careers service',
  S1: 'a careers blog post',
  'S1 comment': 'a reader replying to that post',
  S2: 'a how-to article on following up',
  S3: 'a careers page with a list of mistakes',
  S4: 'a careers blog on methods and tips',
};

/** Hour boundaries (local time of the user) used by every timing rule. */
export const HOURS = {
  /** An interview that ends by this hour can be thanked the same day. */
  sameDayCutoff: 15,
  /** Messages are recommended no earlier than this hour … */
  workdayStart: 9,
  /** … and a "morning" recommendation is no later than this one. */
  morningEnd: 12,
  /** From this hour on it is evening: still fine to send, if not yet night. */
  eveningStart: 17,
  /** Night starts here: nothing is ever recommended between this and workdayStart. */
  nightStart: 21,
} as const;

/** Thank-you timing (fact sheet §3). */
export const THANK_YOU = {
  /** The latest moment, counted from the end of the interview. */
  latestHoursAfterEnd: 24,
  /** A handwritten card is dropped at the front desk within this many business days. */
  cardBusinessDays: 1,
} as const;

/** Check-in timing (fact sheet §4–§5). */
export const CHECK_IN = {
  /** With no decision date: about this many days after the interview. */
  daysAfterInterview: 7,
  /** With a decision date: this many business days after it has passed (earliest, latest). */
  businessDaysAfterDecision: [1, 2] as const,
  /** Never more check-ins than this in one round. */
  maxCheckIns: 2,
  /** Never two contacts closer than this many days. */
  minDaysApart: 7,
} as const;

/**
 * After an offer (the fact sheet is silent; the site's own rule, explained in
 * the after-a-rejection guide's offer section): reply on the next business
 * morning, ask for a phone offer in writing if it has not come this many
 * business days on, and without a date from the user, suggest deciding within
 * `decideBusinessDays` business days.
 */
export const OFFER = { writingBusinessDays: 2, decideBusinessDays: 3 } as const;

/** After a rejection (fact sheet §8): reply within this many business days. */
export const REJECTION_REPLY_BUSINESS_DAYS = [1, 2] as const;

/**
 * Timings the fact sheet leaves open (§7 and §8 give no numbers). These are the
 * site's own choices, kept here with the rest so the planner restates nothing.
 */
export const OPEN_TIMINGS = {
  /** A LinkedIn request stays timely for this many business days after it is due. */
  linkedInBusinessDays: 5,
  /** Ask HR for feedback after a third-party phone screen this many business days after the thank-you … */
  feedbackBusinessDaysAfterThanks: 2,
  /** … and no later than this many business days after that. */
  feedbackWindowBusinessDays: 3,
  /**
   * Another offer with an answer date: tell the employer you prefer at least this many
   * business days before your answer is due, so they have time to act on it.
   */
  otherOfferLeadBusinessDays: 3,
  /**
   * The user's waking hours on their own clock, [from, to): a call to someone
   * in another time zone is only suggested inside them (messages can be
   * scheduled to send, so only calls need both people awake).
   */
  yourWakingHours: [7, 22] as const,
} as const;

/**
 * Length budgets for the planner's drafts (fact sheet §3 and §9: be brief).
 * Words for prose, characters for subject lines.
 */
export const DRAFT_LIMITS = {
  /** A thank-you email: long enough to restate strengths, short enough to read at a glance. */
  thankYouWords: { min: 100, max: 180 },
  /** Any other email (check-ins, replies, requests): short. */
  shortEmailWords: 120,
  /** A handwritten card. */
  cardWords: 80,
  /** A subject line. */
  subjectChars: 78,
  /** A phone script, all bullets together. */
  phoneWords: 140,
} as const;

/** LinkedIn connection-note limits (free account and the longer variant). */
export const LINKEDIN_NOTE_LIMITS = { free: 200, long: 300 } as const;

/** One source's position on a question where the sources disagree. */
export interface Position {
  /** Which source says it: one of the articles, or a survey (cited with its link, see evidence.ts). */
  source: SourceId | SurveyId;
  /** The position, in the site's own words. */
  says: string;
}

/** A question the sources answer differently, with the site's own call. */
export interface Disagreement {
  /** Stable id, used by the planner (`Step.range`) and by `<SourcesDisagree id>`. */
  id: 'thank-you-timing' | 'check-in-timing' | 'call-again';
  /** The question, as a reader would ask it. */
  question: string;
  /** What each source says, earliest / least to latest / most. */
  positions: Position[];
  /** The range of positions in one short phrase, shown next to a planner step. */
  range: string;
  /** What this site recommends, in one sentence, with its numbers. */
  recommendation: string;
  /** Why, in one or two sentences. */
  reason: string;
}

/**
 * The range phrase of each disagreement. Defined once, here, and used by
 * `DISAGREEMENTS` below; kept as its own record so the planner can show a
 * step's range without shipping the whole positions table to the browser.
 */
export const DISAGREEMENT_RANGES: Readonly<Record<Disagreement['id'], string>> = {
  'thank-you-timing': 'from “right away” to “within 48 hours”',
  'check-in-timing': 'from “after one week” to “every two weeks”',
  'call-again': 'from “call again the next day” to “leave one message and wait”',
};

/**
 * Builds a constant table inside a function marked pure, so a bundle that never
 * reads the table (the planner's, which only needs `DISAGREEMENT_RANGES`) can
 * drop its prose entirely. The table itself is an ordinary array.
 */
const table = <T>(build: () => T): T => build();

/** Every disagreement the fact sheet lists, with the site's recommendation. */
export const DISAGREEMENTS: readonly Disagreement[] = /* @__PURE__ */ table(() => [
  {
    id: 'thank-you-timing',
    question: 'How soon should the thank-you go out?',
    positions: [
      { source: 'S0', says: 'Straight away, as soon as the interview is over.' },
      {
        source: 'S1',
        says: 'Sooner is better; a short email sent from your phone before you drive off stands out.',
      },
      {
        source: 'S1 comment',
        says: 'On the same day, because some employers make up their minds fast.',
      },
      { source: 'S4', says: 'Inside 24 hours: that day or the following one.' },
      {
        source: 'S2',
        says: 'Inside two days. It mentions advice to hold off for a week and rejects it.',
      },
      {
        source: 'careerbuilder-2005',
        says: 'Slower, in 2005: 26% of those asked expected a note within two days, 36% within three to five.',
      },
    ],
    range: DISAGREEMENT_RANGES['thank-you-timing'],
    recommendation: `Send it the same day when the interview ended by ${HOURS.sameDayCutoff}:00, otherwise the next morning, and never later than ${THANK_YOU.latestHoursAfterEnd} hours after it ended. If a weekend is in the way, the first business morning is fine.`,
    reason:
      'Every source accepts a same-day or next-morning note, so it is the safe middle. Sending it while they are still comparing candidates matters more than shaving off an hour.',
  },
  {
    id: 'check-in-timing',
    question: 'When and how often should you check in while you wait?',
    positions: [
      {
        source: 'S1',
        says: 'A brief status email at most weekly, and better roughly every fortnight.',
      },
      {
        source: 'S2',
        says: 'Phone after about a week, then call or write again near the two-week point.',
      },
      {
        source: 'S4',
        says: 'Wait a week or more and check in once, unless they invite more; offer extra information.',
      },
      { source: 'S3', says: 'Chasing too often is the first mistake on its list.' },
    ],
    range: DISAGREEMENT_RANGES['check-in-timing'],
    recommendation: `If they gave you a decision date, check in ${CHECK_IN.businessDaysAfterDecision[0]}–${CHECK_IN.businessDaysAfterDecision[1]} business days after it passes; if not, about ${CHECK_IN.daysAfterInterview} days after the interview. Check in ${CHECK_IN.maxCheckIns} times at most, at least ${CHECK_IN.minDaysApart} days apart, with the second one optional; then move on.`,
    reason:
      'One week is the earliest any source suggests, and a cap of two stays well clear of the most common mistake: following up so often that you become a nuisance.',
  },
  {
    id: 'call-again',
    question: 'They did not pick up. Should you call again?',
    positions: [
      { source: 'S2', says: 'Leave a message and try again the next day.' },
      {
        source: 'S1',
        says: 'Repeated contact counts against you; do not keep ringing.',
      },
      { source: 'S3', says: 'Over-contacting is the top mistake it names.' },
      { source: 'S4', says: 'Do not check in more than once unless they ask you to.' },
    ],
    range: DISAGREEMENT_RANGES['call-again'],
    recommendation: `Leave one short voicemail with your name and number, then wait. If you hear nothing, your next contact is the next planned check-in, at least ${CHECK_IN.minDaysApart} days later, by email.`,
    reason: 'Three of the four sources warn against repeated contact, and a voicemail already tells them you called.',
  },
]);

/** Looks up one disagreement by id (throws on a typo, so a broken guide fails the build). */
export function getDisagreement(id: Disagreement['id']): Disagreement {
  const found = DISAGREEMENTS.find((d) => d.id === id);
  if (!found) throw new Error(`Unknown disagreement id: ${id}`);
  return found;
}
