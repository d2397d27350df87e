/**
 * `checkDraft`: a friendly second reader for a draft, the user's own edits
 * included. Every finding is shaped like a `vfile-message`: a rule id, the
 * exact place of the words (so the editor can mark them), a reason in the
 * site's voice, and the guide section that explains it. The rules live in
 * `checker/`: the core checks ship with the plan, the wording rules load on
 * demand; this runs both, or the core alone, and orders what they find.
 */
import type { CheckContext } from './checker/context.ts';
import { coreFindings, orderFindings } from './checker/core.ts';
import { wordingFindings, type WordingCheck } from './checker/wording.ts';
import { CORE_RULE_INFO, type RuleInfo } from './checker/rules.ts';
import { WORDING_RULE_INFO } from './checker/wording-rules.ts';
import type { Finding, FindingRule } from './types.ts';

export type { CheckContext, CheckStage, Elsewhere } from './checker/context.ts';
export { stageOf } from './checker/context.ts';
export { orderFindings } from './checker/core.ts';
export { measureDraft } from './checker/length.ts';

/** Every rule's standing reason and guide section, core and wording together. */
export const RULE_INFO: Record<FindingRule, RuleInfo> = { ...CORE_RULE_INFO, ...WORDING_RULE_INFO };

/** Every finding for a draft: the core checks and the wording rules (pass null to run the core alone). */
export function checkDraft(
  text: string,
  context: CheckContext,
  wording: WordingCheck | null = wordingFindings,
): Finding[] {
  return orderFindings([...coreFindings(text, context), ...(wording ? wording(text, context) : [])]);
}
