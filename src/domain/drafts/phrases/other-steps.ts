/**
 * The phrase bank for the messages that are not thank-yous: checking in
 * (§5: short, polite, offer more information), thanking the contact who
 * helped (§4), asking HR for feedback (§8), replying to a rejection (§8) and
 * the LinkedIn request (§7). Two wordings per tone for each part.
 */
import type { Bank } from './engine.ts';

/** A LinkedIn note's greeting to the HR team, who have no name to greet. */
export const HELLO_TEAM: Bank = { formal: ['Hello,'], warm: ['Hello,'], concise: ['Hi,'] };

/** Check-in subject, first and final. */
export const CHECK_IN_SUBJECT: Bank = {
  formal: ['{role} role: following up', 'Following up on the {role} position'],
  warm: ['Following up: {role} role', '{role} role: any news?'],
  concise: ['{role}: following up', 'Following up: {role}'],
};
export const CHECK_IN_SUBJECT_FINAL: Bank = {
  formal: ['{role} role: a final follow-up', 'A last note on the {role} position'],
  warm: ['A last follow-up: {role} role', '{role} role: one last note'],
  concise: ['{role}: last follow-up', 'Final follow-up: {role}'],
};
/** The ask: first check-in. */
export const CHECK_IN_ASK: Bank = {
  formal: [
    'I interviewed for the {role} role on {day}, and I am writing to ask whether there is any news on the decision.',
    'I am writing about the {role} position I interviewed for on {day}, to ask whether a decision has been reached.',
  ],
  warm: [
    'I interviewed for the {role} role on {day}, and I wondered whether there is any news on the decision.',
    'I hope things are going well. I wanted to ask how the decision on the {role} role is coming along, after my interview on {day}.',
  ],
  concise: [
    'Is there any news on the {role} role I interviewed for on {day}?',
    'I interviewed for the {role} role on {day}: is there any news?',
  ],
};
/** The ask on a check-in card: shorter, and no day (the card says who it is from). */
export const CHECK_IN_CARD_ASK: Bank = {
  formal: [
    'May I ask whether there is any news on the {role} role?',
    'I wondered whether a decision on the {role} role has been reached.',
  ],
  warm: [
    'I’d love to hear if there’s any news on the {role} role.',
    'I wondered how the decision on the {role} role is going.',
  ],
  concise: ['Any news on the {role} role?', 'Is there any news on the {role} role?'],
};
/** The ask: the last check-in. */
export const CHECK_IN_ASK_FINAL: Bank = {
  formal: [
    'I am writing once more about the {role} role I interviewed for on {day}. I understand these decisions take time.',
    'I wanted to follow up a final time on the {role} position I interviewed for on {day}, knowing these decisions take time.',
  ],
  warm: [
    'I’m writing once more about the {role} role I interviewed for on {day}. I know these decisions can take a while.',
    'One last note about the {role} role I interviewed for on {day}; I understand these things take time.',
  ],
  concise: [
    'A final follow-up on the {role} role from {day}.',
    'Following up once more on the {role} role from {day}.',
  ],
};
/** Interest, still wanting the job. */
export const CHECK_IN_YES: Bank = {
  formal: ['I remain very interested in joining {company}.', 'My interest in joining {company} is as strong as ever.'],
  warm: ['I’m still very keen on joining {company}.', 'I’d still love to join {company}.'],
  concise: ['I’m still keen.', 'I remain interested.'],
};
/** Interest, not sure yet. */
export const CHECK_IN_UNSURE: Bank = {
  formal: ['I am keen to learn more about how things stand.', 'I remain keen to learn more about the role.'],
  warm: ['I’m keen to hear how things stand.', 'It would be good to hear where things are.'],
  concise: ['I’m keen to learn more.', 'I’d be glad to hear more.'],
};
/** The offer of more information, with the user's strengths. */
export const CHECK_IN_OFFER: Bank = {
  formal: [
    'If further information would help, I would be glad to say more about {strengths}.',
    'I would be happy to provide more detail on {strengths}.',
  ],
  warm: [
    'Happy to send anything that would help, for example more about {strengths}.',
    'I’d be glad to share more about {strengths}.',
  ],
  concise: ['Happy to share more about {strengths}.', 'I can send more on {strengths}.'],
};
/** The offer of more information, without strengths. */
export const CHECK_IN_OFFER_PLAIN: Bank = {
  formal: [
    'If any further information would help, I would be glad to provide it.',
    'I would be happy to send anything further that would help.',
  ],
  warm: ['If anything else would help, just let me know.', 'I’m happy to send anything that would help.'],
  concise: ['Happy to send anything useful.', 'I can send more if useful.'],
};
/** Check-in close. */
export const CHECK_IN_CLOSE: Bank = {
  formal: ['Thank you for your time.', 'Thank you for your consideration.'],
  warm: ['Thanks so much for your time.', 'Thanks for your help.'],
  concise: ['Thank you.', 'Thanks.'],
};

/** Thanking the contact: subject. */
export const CONTACT_SUBJECT: Bank = {
  formal: ['Thank you for arranging my interview', 'With thanks for your help: {role} interview'],
  warm: ['Thanks for arranging my interview', 'Thank you for your help with the {role} interview'],
  concise: ['Thanks for arranging my interview', 'Thanks for your help'],
};
/** Thanking the contact: the thanks. */
export const CONTACT_THANKS: Bank = {
  formal: [
    'Thank you for arranging my interview for the {role} role at {company} on {day}. Your help made a real difference.',
    'I am grateful for your help in arranging my interview for the {role} role at {company} on {day}.',
  ],
  warm: [
    'Thanks so much for setting up my interview for the {role} role at {company} on {day}. Your help made a real difference.',
    'Thank you for arranging my interview at {company} on {day}; it meant a lot.',
  ],
  concise: [
    'Thanks for arranging my {role} interview at {company} on {day}.',
    'Thank you for setting up my interview at {company} on {day}.',
  ],
};
/** Thanking the contact: staying in touch. */
export const CONTACT_AFTER: Bank = {
  formal: [
    'I would be glad to hear any feedback that comes your way, and I will keep you posted on my side.',
    'Should you hear any feedback, I would be grateful to know, and I will keep you updated too.',
  ],
  warm: [
    'I’d love to hear any feedback that reaches you, and I’ll keep you posted too.',
    'If any feedback comes your way, I’d be glad to hear it; I’ll keep you updated.',
  ],
  concise: [
    'Any feedback would be welcome; I’ll keep you posted.',
    'I’ll keep you posted, and I’d welcome any feedback.',
  ],
};

/** Asking HR for feedback: subject. */
export const FEEDBACK_SUBJECT: Bank = {
  formal: ['Feedback on my {role} phone interview', 'Request for feedback: {role} phone interview'],
  warm: ['Feedback on my {role} phone interview', 'Any feedback on my {role} interview?'],
  concise: ['Feedback: {role} phone interview', '{role} interview feedback'],
};
/** Asking HR for feedback: the request. */
export const FEEDBACK_ASK: Bank = {
  formal: [
    'I recently had a phone interview for the {role} role at {company}. I would value any feedback you are able to share, whatever the outcome.',
    'I had a phone interview for the {role} role at {company} on {day}, and I would be grateful for any feedback you can share.',
  ],
  warm: [
    'I recently had a phone interview for the {role} role at {company}, and I’d really value any feedback, whatever the outcome.',
    'I had a phone interview for the {role} role at {company} on {day}. Any feedback you can share would help me a lot.',
  ],
  concise: [
    'I had a phone interview for the {role} role at {company}. Could you share any feedback?',
    'Any feedback on my {role} phone interview on {day} would help.',
  ],
};
/** Asking HR for feedback: the prepared questions. */
export const FEEDBACK_QUESTIONS: Bank = {
  formal: [
    'In particular:\n- What stood out, good or bad, in my answers?\n- Is there an area where I could have been stronger?\n- What would help me most at the next stage?',
    'Three questions, if I may:\n- Which of my answers worked best?\n- Where could I have been stronger?\n- What should I focus on before my next interview?',
  ],
  warm: [
    'In particular:\n- What stood out, good or bad, in my answers?\n- Is there an area where I could have been stronger?\n- What would help me most at the next stage?',
    'A few things I’d love to know:\n- Which of my answers worked best?\n- Where could I have been stronger?\n- What should I focus on before my next interview?',
  ],
  concise: [
    'In particular:\n- What stood out in my answers?\n- Where could I have been stronger?\n- What would help me most next time?',
    'Specifically:\n- What worked in my answers?\n- What could have been stronger?\n- What should I focus on next?',
  ],
};
/** Asking HR for feedback: thanks. */
export const FEEDBACK_THANKS: Bank = {
  formal: ['Thank you for your help.', 'Thank you for any help you can give.'],
  warm: ['Thanks very much for your help.', 'Thanks so much for any help.'],
  concise: ['Thank you.', 'Thanks.'],
};

/** Replying to a rejection: subject. */
export const REJECTION_SUBJECT: Bank = {
  formal: ['Thank you: {role} role', 'With thanks: {role} position'],
  warm: ['Thank you: {role} role', 'Thanks for letting me know'],
  concise: ['Thanks: {role} role', 'Thank you'],
};
/** Replying to a rejection: the thanks. */
export const REJECTION_THANKS: Bank = {
  formal: [
    'Thank you for letting me know about the {role} role, and for the time you and the team gave me.',
    'Thank you for letting me know your decision on the {role} position, and for the time the team gave me.',
  ],
  warm: [
    'Thank you for letting me know about the {role} role, and for all the time you gave me.',
    'Thanks for letting me know about the {role} role; I appreciated the time the team gave me.',
  ],
  concise: ['Thank you for letting me know about the {role} role.', 'Thanks for letting me know, and for your time.'],
};
/** Replying to a rejection: keep the CV on file, stay in touch. */
export const REJECTION_FUTURE: Bank = {
  formal: [
    'I would be grateful if you would keep my CV on file for future positions at {company}, and I hope we will stay in touch.',
    'I would welcome being considered for future roles at {company}, so please do keep my CV on file. I hope we stay in touch.',
  ],
  warm: [
    'I’d be grateful if you kept my CV on file for future roles at {company}, and I’d be glad to stay in touch.',
    'Please do keep my CV on file for future roles at {company}; I’d love to stay in touch.',
  ],
  concise: [
    'Please keep my CV on file for future roles at {company}; I would be glad to stay in touch.',
    'Do keep my CV on file for future roles; I’d be glad to stay in touch.',
  ],
};

/** The LinkedIn step: subject. */
export const LINKEDIN_SUBJECT: Bank = {
  formal: ['Connecting on LinkedIn', 'A LinkedIn connection request'],
  warm: ['Connecting on LinkedIn', 'Let’s connect on LinkedIn'],
  concise: ['LinkedIn', 'Connecting on LinkedIn'],
};
/** The LinkedIn step: the email. */
export const LINKEDIN_EMAIL: Bank = {
  formal: [
    'As we discussed at my {role} interview, I have sent you a connection request on LinkedIn. Thank you again for your time.',
    'Following our conversation about the {role} role, I have sent you a request to connect on LinkedIn, as we discussed.',
  ],
  warm: [
    'As we discussed at my {role} interview, I’ve sent you a connection request on LinkedIn. Thanks again for your time.',
    'I’ve sent you a LinkedIn request, as we talked about at my {role} interview.',
  ],
  concise: ['As discussed, I’ve sent you a LinkedIn request.', 'I’ve sent you a LinkedIn request, as we discussed.'],
};
/** The LinkedIn step: the connection note. */
export const LINKEDIN_NOTE: Bank = {
  formal: [
    'thank you again for the {role} interview at {company}. As we discussed, I would be glad to connect.',
    'as we discussed at my {role} interview at {company}, I would be glad to connect here.',
  ],
  warm: [
    'thanks again for the {role} interview at {company}. As we discussed, I’d love to connect.',
    'as we said at my {role} interview at {company}, it would be great to connect here.',
  ],
  concise: [
    'thanks again for the {role} interview. Glad to connect, as discussed.',
    'as discussed at my {role} interview, glad to connect.',
  ],
};
/** The LinkedIn step: the longer note's extra line. */
export const LINKEDIN_NOTE_MORE: Bank = {
  formal: ['I would enjoy following the team’s work.', 'I would be glad to keep up with the team’s work.'],
  warm: ['I’d enjoy following your team’s work.', 'It would be great to keep up with what the team does.'],
  concise: ['Keen to follow the team’s work.', 'Glad to follow the team’s work.'],
};
