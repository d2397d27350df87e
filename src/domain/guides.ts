/**
 * The guides a step or a checker finding can point to. Slugs match the guide
 * collection; the page for a slug is `/guides/<slug>/`.
 */

/** Every guide slug, in reading order. */
export const GUIDE_SLUGS = [
  'before-you-leave',
  'why-follow-up',
  'thank-you-email',
  'card-email-or-call',
  'panel-and-multi-round',
  'follow-up-call',
  'checking-in',
  'they-did-not-call',
  'another-offer-deadline',
  'no-reply-after-final-round',
  'linkedin-after-interview',
  'referral-or-internal',
  'mistakes-to-avoid',
  'after-a-rejection',
  'feedback-after-rejection',
  'feedback-after-phone-screen',
  'message-templates',
  'templates-for-tricky-situations',
] as const;

/** One guide slug. */
export type GuideSlug = (typeof GUIDE_SLUGS)[number];

/** A link to a guide, optionally to a heading on it (`fragment` without the `#`). */
export interface GuideLink {
  /** Which guide. */
  slug: GuideSlug;
  /** Heading id on that guide, or null for the top of the page. */
  fragment: string | null;
}

/** Builds a guide link; a fragment is optional. */
export function guide(slug: GuideSlug, fragment: string | null = null): GuideLink {
  return { slug, fragment };
}

/** The site-relative URL of a guide link, e.g. `/guides/checking-in/#how-often`. */
export function guideHref(link: GuideLink): string {
  return `/guides/${link.slug}/${link.fragment ? `#${link.fragment}` : ''}`;
}
