/**
 * The phrase bank for what every message shares: greetings, sign-offs, how
 * the interview took place, subjects for thank-yous, the thank-you card and
 * LinkedIn notes, and the lines of a thank-you call. Slots as in thank-you.ts.
 */
import type { Format } from '../../facts-input.ts';
import type { Bank } from './engine.ts';

/** "Dear …," / "Hi …," / "Hello …," — {addr} is the recipient's address form for the tone. */
export const GREETING: Bank = {
  formal: ['Dear {addr},'],
  warm: ['Hi {addr},'],
  concise: ['Hello {addr},'],
};

/** Greetings in a LinkedIn note and on the phone, where "Dear" reads stiffly. */
export const HELLO: Bank = {
  formal: ['Hello {addr},'],
  warm: ['Hi {addr},'],
  concise: ['Hi {addr},'],
};

/** The greeting when the note goes to the hiring team as a whole. */
export const GREETING_TEAM: Bank = {
  formal: ['Dear Hiring Team,'],
  warm: ['Hello,'],
  concise: ['Hello,'],
};

/**
 * Email sign-offs; the user's name follows on the next line. None says "Thanks":
 * a concise note often ends on its thanks ("Thanks for your time."), and the two would echo.
 */
export const SIGN_OFF: Bank = {
  formal: ['Kind regards,', 'Yours sincerely,', 'With best regards,'],
  warm: ['Best wishes,', 'Warm regards,', 'All the best,'],
  concise: ['Best regards,', 'Best,', 'Regards,'],
};

/** Card sign-offs (a concise card opens "Thanks for …", so none of its sign-offs is a bare "Thanks,"). */
export const CARD_SIGN_OFF: Bank = {
  formal: ['With thanks,', 'With many thanks,', 'Kind regards,'],
  warm: ['Warm wishes,', 'With warm thanks,', 'Best wishes,'],
  concise: ['Best wishes,', 'With thanks,', 'Best,'],
};

/** "Thank you for …": how the first round took place. Never "meeting" for a call. */
export const MEETING: Readonly<Record<Format, string>> = {
  'in-person': 'meeting me',
  panel: 'your time on the panel',
  phone: 'speaking with me on the phone',
  'agency-phone-screen': 'speaking with me on the phone',
  video: 'talking with me over video',
};

/** "Thank you for …": the conversation as a noun, by format. */
export const TALK: Readonly<Record<Format, string>> = {
  'in-person': 'our conversation',
  panel: 'the panel interview',
  phone: 'our call',
  'agency-phone-screen': 'our call',
  video: 'our video call',
};

/** Thank-you subjects, one per person in a panel where the bank allows. */
export const THANK_YOU_SUBJECT: Bank = {
  formal: [
    'Thank you for the {role} interview',
    '{role} interview: with thanks',
    'Thank you for your time on {day}',
    'Following our conversation about the {role} role',
    'With thanks: {role} position at {company}',
    'Thank you from {user}: {role} interview',
  ],
  warm: [
    'Thank you: {role} interview',
    'Thanks for {day}',
    'Great to talk about the {role} role',
    'Thank you for your time on {day}',
    'Thanks from {user}: {role} role',
    '{role} role: thank you',
  ],
  concise: [
    'Thanks: {role} interview',
    'Thank you, {role} interview',
    'Thanks for {day}',
    '{role}: thank you',
    'Thanks from {user}',
    'Thank you for your time',
  ],
};

/** Subjects after a later round. */
export const THANK_YOU_SUBJECT_AGAIN: Bank = {
  formal: [
    'Thank you for our further conversation',
    'With thanks for the next stage: {role}',
    'Thank you again: {role} role',
  ],
  warm: ['Thanks again: {role} role', 'Thanks for speaking again', 'Next stage, {role}: thank you'],
  concise: ['Thanks again', 'Thanks again: {role}', 'Thank you again'],
};

/** The card's thanks (first line of its body). */
export const CARD_THANKS: Bank = {
  formal: [
    'Thank you for {meeting} about the {role} role.',
    'Thank you for your time on {day}.',
    'Thank you for {talk} about the {role} position.',
    'I am grateful for the time you gave me on {day}.',
  ],
  warm: [
    'Thank you so much for {meeting} about the {role} role.',
    'Thanks for taking the time to talk on {day}.',
    'It was lovely to talk with you about the {role} role.',
    'Thanks for your time on {day}.',
  ],
  concise: [
    'Thanks for {meeting}.',
    'Thank you for your time on {day}.',
    'Thanks for {talk}.',
    'Thank you for the {role} interview.',
  ],
};

/** The card's second line, still interested. */
export const CARD_YES: Bank = {
  formal: [
    'I would be glad to bring {strengths} to {company}.',
    'I hope to bring {strengths} to the team.',
    'I would welcome the chance to bring {strengths} to your team.',
  ],
  warm: [
    'I’d love to bring {strengths} to {company}.',
    'I’d really like to bring {strengths} to the team.',
    'I’d be thrilled to offer {strengths}.',
  ],
  concise: ['I’d bring {strengths}.', 'I’d like to bring {strengths}.', 'I can offer {strengths}.'],
};

/** The card's second line without strengths, still interested. */
export const CARD_YES_PLAIN: Bank = {
  formal: [
    'I remain very interested in the role.',
    'I would be delighted to join the team.',
    'The role is one I would be glad to take on.',
  ],
  warm: ['I’d love to join the team.', 'I’m really keen on the role.', 'I’d be delighted to be part of the team.'],
  concise: ['I’m keen on the role.', 'I’d like to join the team.', 'I’m very interested.'],
};

/** The card's second line, not sure yet. */
export const CARD_UNSURE: Bank = {
  formal: ['I am keen to learn more about the role.', 'I would welcome the chance to learn more about the position.'],
  warm: ['I’m keen to learn more about the role.', 'I’d love to hear more about the role.'],
  concise: ['I’m keen to learn more.', 'I’d like to hear more.'],
};

/** The card's second line, not a fit. */
export const CARD_NO: Bank = {
  formal: [
    'The role is not quite the right match for me, but I would welcome hearing about other openings at {company}.',
    'I do not think the role is right for me, though I would be glad to hear of other roles at {company}.',
  ],
  warm: [
    'The role isn’t quite right for me, but I’d love to hear about other openings at {company}.',
    'I don’t think the role is the right fit, but I’d be glad to hear of other roles at {company}.',
  ],
  concise: [
    'The role isn’t the right fit for me, but I’d welcome news of other roles at {company}.',
    'It isn’t the right role for me; I’d be glad to hear of others at {company}.',
  ],
};

/** The card's line after an interview that went badly. */
export const CARD_CONCERN: Bank = {
  formal: [
    'If any of my answers fell short, I would welcome the chance to expand on it.',
    'Should any answer need more, I would be glad to add to it.',
  ],
  warm: [
    'If any answer fell short, I’d love the chance to expand on it.',
    'Happy to add to any answer that fell short.',
  ],
  concise: ['Happy to expand on any answer.', 'I can add to any answer.'],
};

/** LinkedIn, the short note's body (after the greeting). */
export const LINKEDIN_THANKS: Bank = {
  formal: [
    'thank you for {meeting} about the {role} role at {company}.',
    'thank you for your time on {day} about the {role} role.',
    'thank you for {talk} about the {role} role at {company}.',
  ],
  warm: [
    'thanks so much for {meeting} about the {role} role at {company}.',
    'thanks for {talk} about the {role} role.',
    'it was great to talk about the {role} role at {company}.',
  ],
  concise: ['thanks for {talk} about the {role} role.', 'thank you for your time on {day}.', 'thanks for {meeting}.'],
};

/** LinkedIn: why connect. */
export const LINKEDIN_CONNECT: Bank = {
  formal: [
    'It would be good to stay in touch here.',
    'I hope we can stay connected.',
    'Keeping in touch here would be a pleasure.',
  ],
  warm: ['Let’s stay in touch here.', 'It would be great to stay connected.', 'Hope we can keep in touch.'],
  concise: ['Glad to stay in touch.', 'Let’s stay connected.', 'Happy to keep in touch.'],
};

/** LinkedIn long note: that person's point, when the user noted a topic. */
export const LINKEDIN_POINT: Bank = {
  formal: ['I valued our discussion of {discussed}.', 'I appreciated your view on {discussed}.'],
  warm: ['I enjoyed talking about {discussed}.', 'Loved hearing your take on {discussed}.'],
  concise: ['I enjoyed our talk about {discussed}.', 'Your view on {discussed} was useful.'],
};

/** LinkedIn long note, still interested. */
export const LINKEDIN_YES: Bank = {
  formal: ['I remain very interested in the role.', 'I would enjoy following the team’s work.'],
  warm: ['I’m really keen on the role.', 'I’d love to follow what the team does next.'],
  concise: ['Still keen on the role.', 'Keen to follow the team’s work.'],
};

/** LinkedIn long note, not sure yet. */
export const LINKEDIN_UNSURE: Bank = {
  formal: ['I am keen to learn more about the role.', 'I would be glad to learn more about the team’s work.'],
  warm: ['I’m keen to learn more about the role.', 'I’d love to hear more about the team’s work.'],
  concise: ['Keen to learn more.', 'Keen to hear more.'],
};

/** LinkedIn long note, not a fit. */
export const LINKEDIN_NO: Bank = {
  formal: [
    'I would be glad to hear of other roles at {company}.',
    'I would welcome news of other openings at {company}.',
  ],
  warm: ['I’d love to hear about other roles at {company}.', 'I’d be glad to hear of other openings at {company}.'],
  concise: ['Glad to hear of other roles at {company}.', 'Open to other roles at {company}.'],
};

/** LinkedIn long note after an interview that went badly. */
export const LINKEDIN_CONCERN: Bank = {
  formal: [
    'If any answer fell short, I would welcome the chance to expand on it.',
    'Should any answer need more, I can add to it.',
  ],
  warm: ['Happy to expand on any of my answers.', 'Glad to add to any answer.'],
  concise: ['Happy to expand on any answer.', 'Glad to add to any answer.'],
};
