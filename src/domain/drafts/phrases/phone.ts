/**
 * The phrase bank for a thank-you call's script: short prompts in speaking
 * order. The script is for the user, so the tone only changes the greeting;
 * each prompt still has two wordings to choose from.
 */
import type { Bank } from './engine.ts';

/** The same alternatives in every tone. */
export const anyTone = (list: readonly string[]): Bank => ({ formal: list, warm: list, concise: list });

/** Who to ask for. */
export const ASK_FOR: Bank = anyTone(['Ask for {name}.', 'Ask to speak to {name}.']);
/** The same, with their title. */
export const ASK_FOR_TITLE: Bank = anyTone(['Ask for {name} ({title}).', 'Ask to speak to {name} ({title}).']);
/** The first words, quoted; {hello} is the greeting without its comma. */
export const OPEN_WITH: Bank = anyTone([
  'Open with: “{hello}, this is {user}. We spoke on {day} about the {role} role.”',
  'Start with: “{hello}, it’s {user}, calling about the {role} role we discussed on {day}.”',
]);
/** Thanks for arranging the interview, for someone who also helped. */
export const THANK_HELP: Bank = anyTone([
  'Thank them for arranging the interview, too.',
  'Thank them as well for setting up the interview.',
]);
/** Thanks, still interested. */
export const THANKS_YES: Bank = anyTone([
  'Thank them for their time and say you are still interested in the role.',
  'Say thank you for their time, and that you would like the role.',
]);
/** Thanks, not sure yet. */
export const THANKS_UNSURE: Bank = anyTone([
  'Thank them for their time and say you are keen to learn more about the role.',
  'Say thank you, and that you would like to learn more about the role.',
]);
/** Thanks, not a fit. */
export const THANKS_NO: Bank = anyTone([
  'Thank them for their time, say honestly that the role is not the right fit for you, and that you would welcome hearing about other roles at {company}.',
  'Thank them, explain kindly that the role is not right for you, and ask them to keep you in mind for other roles at {company}.',
]);
/** Their question, quoted as the user noted it. */
export const THEIR_QUESTION: Bank = anyTone([
  'Come back to their question: “{discussed}”',
  'Answer their question again briefly: “{discussed}”',
]);
/** Their question, when the role is not a fit: recalled, not answered again (that would argue for the role). */
export const THEIR_QUESTION_NO: Bank = anyTone([
  'Say you enjoyed their question: “{discussed}”',
  'Thank them for their question: “{discussed}”',
]);
/** Their point. */
export const THEIR_POINT: Bank = anyTone([
  'Mention what you talked about: {discussed}.',
  'Bring up what you discussed: {discussed}.',
]);
/** Strengths. */
export const STRENGTHS: Bank = anyTone([
  'Mention what you would bring: {strengths}.',
  'Say briefly what you offer: {strengths}.',
]);
/** The concern, with the user's point. */
export const CONCERN_WITH: Bank = anyTone([
  'Add to the answer that fell short: {correction}.',
  'Clear up the point you want to put better: {correction}.',
]);
/** The concern, without a detail. */
export const CONCERN_WITHOUT: Bank = anyTone([
  'Offer briefly to expand on any answer that did not come across well.',
  'Say you would be glad to add to any answer that fell short.',
]);
/** Something forgotten. */
export const ADDITION: Bank = anyTone([
  'Add the point you forgot: {correction}.',
  'Mention what you did not get to say: {correction}.',
]);
/** The user's question. */
export const QUESTION: Bank = anyTone(['Ask: {question}?', 'Ask your question: {question}?']);
/** Goodbye, and what to do if they do not answer. */
export const VOICEMAIL: Bank = anyTone([
  'Keep it short and say goodbye. No answer? Leave one brief message with your name and number.',
  'Thank them again and keep it brief. If they do not pick up, leave one short message with your number.',
]);
