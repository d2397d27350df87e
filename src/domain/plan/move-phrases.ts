/**
 * The wording of the warnings a moved step carries, as data: one phrase per
 * rule, each finishing the sentence "This step is now …". The rules
 * themselves are in move-warnings.ts.
 */

/** What a step is called when another step's warning names it. */
export const STEP_NAMES = {
  checkIn: (ordinal: number, sameRound: boolean, round: number): string =>
    sameRound ? `your ${ORDINALS[ordinal - 1] ?? `${ordinal}th`} check-in` : `your check-in from round ${round}`,
  thankYou: (name: string): string => `your thank-you to ${name}`,
  card: (name: string): string => `your card to ${name}`,
  lastCheckIn: 'your last check-in',
} as const;

const ORDINALS = ['first', 'second', 'third'] as const;

/** One phrase per broken rule. */
export const MOVE_WARNINGS = {
  /** Two contacts closer than the spacing rule allows. */
  tooSoonAfter: (days: number, other: string): string => `less than ${days} days after ${other}`,
  tooSoonBefore: (days: number, other: string): string => `less than ${days} days before ${other}`,
  beforeDecision: (day: string): string => `before their decision date (${day})`,
  onDecision: (day: string): string => `on their decision date (${day}), before they have had the day to decide`,
  beforeInterviewEnds: 'before your interview has ended',
  beforeLastCheckIn: (other: string): string => `before ${other}`,
  holiday: (name: string, day: string): string => `on a public holiday (${day} is ${name})`,
  weekend: (day: string): string => `on a weekend (${day})`,
  away: (day: string): string => `on a day you are away (${day})`,
  night: (time: string): string => `at night (${time})`,
  nightForThem: (time: string): string => `at night for them (${time})`,
  callAfterHours: (time: string): string => `after their working day (${time}), late for a phone call`,
  beforeWindow: (when: string): string => `earlier than recommended: the window opens ${when}`,
  afterWindow: (when: string): string => `later than recommended: the window closed ${when}`,
} as const;

/** How the step shows its warnings: "Heads up: this is now …; …." */
export function warningSentence(warnings: readonly string[]): string {
  return warnings.length === 0 ? '' : `Heads up: this is now ${warnings.join('; ')}.`;
}
