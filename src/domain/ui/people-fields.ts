/**
 * The words around an interviewer's optional fields in the wizard: how we
 * would address them (the suggestion from their name, or the form the user
 * typed), and what to put under "What you talked about".
 */
import { chosenAddress, suggestAddress } from '../drafts/address.ts';
import { EMAIL_IN_NAME, isInvisibleOnly } from '../facts-fields.ts';

/** Hint under "What you talked about". */
export const DISCUSSED_HINT =
  'Optional: a topic you covered, something they said, or the question they asked. Their note uses your words as they are, so word it to them: “your team’s move to streaming”.';

/** The parts of an interviewer row the address hint reads. */
export interface AddressHintInput {
  /** The name as typed. */
  name: string;
  /** Their job title as typed (an honorific here counts). */
  title: string;
  /** The user's own form of address as typed; empty = use the suggestion. */
  addressAs: string;
}

/**
 * The line under "Address them as": the greeting forms we suggest from the
 * name as it stands ("Dr Quill" when formal, "Ada" otherwise), or the user's
 * own form once they typed one. Updates as the name changes.
 */
export function addressHint({ name, title, addressAs }: AddressHintInput): string {
  const chosen = isInvisibleOnly(addressAs) ? null : chosenAddress({ name, title, addressAs });
  if (chosen !== null) return `We'll use “${chosen}” in every message to them. Clear this to use our suggestion.`;
  const { formal, warm } = EMAIL_IN_NAME.test(name) ? { formal: '', warm: '' } : suggestAddress(name, title);
  if (formal === '') return "Add their name above and we'll suggest how to greet them.";
  const forms =
    formal === warm ? `“${formal}” in every tone` : `“${formal}” in a formal note, “${warm}” in a warm or concise one`;
  return `We'll write ${forms}. Type another form to use it everywhere.`;
}
