/**
 * The draft checker's on-demand half and its context: `$wordingCheck` holds
 * the wording rules once loaded (they are too big to ship with the plan, and
 * only matter once the user's own words are in a draft), and `$elsewhere`
 * the companies and people of the user's other saved plans.
 */
import { atom, computed } from 'nanostores';
import type { WordingCheck } from '../domain/drafts/checker/wording.ts';
import { elsewhereOf } from '../domain/ui/draft-checks.ts';
import { $activePlanId, $planList } from './plans.ts';

/** The wording rules, or null until loaded. */
export const $wordingCheck = atom<WordingCheck | null>(null);

let loading: Promise<void> | null = null;

/** Loads the wording rules (once; a failed load may be retried). */
export function loadWordingCheck(): Promise<void> {
  loading ??= import('../domain/drafts/checker/wording.ts').then(
    (module) => $wordingCheck.set(module.wordingFindings),
    () => {
      loading = null;
    },
  );
  return loading;
}

/** Companies and people of every saved plan except the open one. */
export const $elsewhere = computed([$planList, $activePlanId], (plans, id) => elsewhereOf(plans, id));
