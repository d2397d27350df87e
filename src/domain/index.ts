/**
 * The planner engine's public API. Components and stores may import from here
 * (or from the modules named below, for a smaller bundle); everything is pure
 * and time is always passed in as `now`.
 *
 * Flow: form input (`FactsInput`, strings as typed) → `validateFacts(input, { now })`
 * → `Facts` → `buildPlan(facts, { now })` → `Plan` (ordered `Step`s with
 * `Moment`s `{ iso, zone }`) → per step `buildDrafts(step, plan.facts, tone)`,
 * `checkDraft(text, context)` on the user's edits, `mailtoHref(...)`, and
 * `toIcs(plan)` for a calendar file.
 */
export {
  FORMATS,
  STAGES,
  WENT,
  INTEREST,
  CHANNELS,
  TONES,
  DECISION_KINDS,
  EVENT_KINDS,
  emptyFacts,
  blankInterviewer,
  blankContact,
  blankEvent,
} from './facts-input.ts';
export type {
  Format,
  Stage,
  Went,
  Interest,
  Channel,
  Tone,
  DecisionKind,
  EventKind,
  FactsInput,
  InterviewerInput,
  ContactInput,
  EventInput,
} from './facts-input.ts';
export { LIMITS, DURATION_MINUTES } from './facts.ts';
export type { Facts, Interviewer, Contact, FactEvent } from './facts.ts';
export { factsShapeSchema } from './facts-schema.ts';
export { validateFacts, errorsUnder } from './validate-facts.ts';
export type { FieldError, ValidationResult } from './validate-facts.ts';

export type { Moment, LocalDate } from './time/zoned.ts';
export { momentMs, isKnownTimeZone } from './time/zoned.ts';
export { formatDay, formatMoment, describeRelative } from './time/format.ts';

export { GUIDE_SLUGS, guide, guideHref } from './guides.ts';
export type { GuideSlug, GuideLink } from './guides.ts';

export { buildPlan } from './plan/build-plan.ts';
export { nextDueStep, stepTiming } from './plan/progress.ts';
export type { StepTiming } from './plan/progress.ts';
export type {
  Plan,
  Step,
  StepKind,
  StepChannel,
  StepStatus,
  StepWindow,
  StepDisagreement,
  Recipient,
  CancelledStep,
} from './plan/types.ts';

export { buildDrafts, isThankYou } from './drafts/build-drafts.ts';
export { checkDraft, measureDraft } from './drafts/check-draft.ts';
export type { CheckContext, CheckStage, Elsewhere } from './drafts/check-draft.ts';
export { countWords, countChars, PLACEHOLDERS } from './drafts/text.ts';
export { mailtoHref, MAILTO_MAX_LENGTH } from './drafts/mailto.ts';
export type { Drafts, DraftFormat, Finding, FindingRule, Place } from './drafts/types.ts';

export { toIcs } from './calendar/ics.ts';
export type { IcsOptions } from './calendar/ics.ts';
