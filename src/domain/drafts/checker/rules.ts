/**
 * Rule data for the checker: each rule's standing reason (in the site's voice:
 * why it matters, what to do) and the guide section that explains it. The
 * core rules are here; the wording rules' data is in wording-rules.ts, loaded
 * with them. A test checks every section exists in the built guides.
 */
import { guide, type GuideLink } from '../../guides.ts';
import type { Finding, FindingRule, Place } from '../types.ts';

/** A rule's reason and its guide section. */
export interface RuleInfo {
  /** One or two plain sentences. */
  reason: string;
  /** Where the site explains it. */
  guide: GuideLink;
}

/** The rules every draft gets at once. */
export type CoreRule = 'too-long' | 'placeholder' | 'name-spelling';

/** Standing reason and guide of each core rule (length findings take their guide from the format). */
export const CORE_RULE_INFO: Record<CoreRule, RuleInfo> = {
  'too-long': {
    reason:
      'A short note is more likely to be read in full. The words past the limit are marked; trim wherever you like.',
    guide: guide('thank-you-email', 'keep-it-short'),
  },
  placeholder: {
    reason: 'Replace this bracketed placeholder with your own words before sending.',
    guide: guide('message-templates'),
  },
  'name-spelling': {
    reason: 'Names spelled right matter.',
    guide: guide('before-you-leave', 'write-down-every-name-and-title'),
  },
};

/** A finding for `text` at `place`, with the rule's standing reason and guide unless others are given. */
export function finding(
  text: string,
  ruleId: FindingRule,
  place: Place,
  info: RuleInfo,
  reason: string = info.reason,
): Finding {
  return {
    ruleId,
    place: { start: place.start, end: place.end },
    excerpt: text.slice(place.start, place.end),
    reason,
    guide: info.guide,
  };
}
