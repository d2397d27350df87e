/**
 * Where keyboard focus goes after the user acts on a step, and what a screen
 * reader hears: after "Mark done" or "Skip", the next step still to do; after
 * "Undo", a move or a reset, the same step (it may have changed place).
 */
import { warningSentence } from '../plan/move-phrases.ts';
import type { Step, StepStatus } from '../plan/types.ts';
import { formatMoment } from '../time/format.ts';

/** Something the user did to one step. */
export type StepAction = 'done' | 'skipped' | 'undo' | 'moved' | 'reset';

/** The step to focus (null: nothing is left to do) and the sentence to announce. */
export interface ActionOutcome {
  /** Id of the step whose heading takes focus, or null. */
  focus: string | null;
  /** What the live region says. */
  message: string;
}

/**
 * The step still to do that follows `fromId` in plan order, else the first one
 * still to do anywhere (an earlier one may have been left), else null.
 */
export function nextToDo(
  steps: readonly Step[],
  statuses: Readonly<Record<string, StepStatus | undefined>>,
  fromId: string,
): Step | null {
  const open = (s: Step) => statuses[s.id] === undefined;
  const from = steps.findIndex((s) => s.id === fromId);
  return steps.slice(from + 1).find(open) ?? steps.find(open) ?? null;
}

/**
 * What follows an action on `step`. `steps` and `statuses` are the plan after
 * the action; `moved` is how many later steps followed a moved one.
 */
export function afterStepAction(
  action: StepAction,
  step: Step,
  steps: readonly Step[],
  statuses: Readonly<Record<string, StepStatus | undefined>>,
  { locale = 'en-GB', followed = 0 }: { locale?: string; followed?: number } = {},
): ActionOutcome {
  const title = `“${step.title}”`;
  const current = steps.find((s) => s.id === step.id) ?? step;
  switch (action) {
    case 'done':
    case 'skipped': {
      const next = nextToDo(steps, statuses, step.id);
      const did = action === 'done' ? `Marked ${title} done.` : `Skipped ${title}.`;
      return {
        focus: next?.id ?? null,
        message: next ? `${did} Next: ${next.title}.` : `${did} Every step is done or skipped.`,
      };
    }
    case 'undo':
      return { focus: step.id, message: `${title} is back on your list.` };
    case 'moved': {
      const with_ =
        followed === 0
          ? ''
          : followed === 1
            ? ' One later step moved with it.'
            : ` ${followed} later steps moved with it.`;
      const heads = current.warnings?.length ? ` ${warningSentence(current.warnings)}` : '';
      return {
        focus: step.id,
        message: `Moved ${title} to ${formatMoment(current.recommended, locale)}.${with_}${heads}`,
      };
    }
    case 'reset':
      return {
        focus: step.id,
        message: `${title} is back at the recommended time, ${formatMoment(current.recommended, locale)}.`,
      };
  }
}
