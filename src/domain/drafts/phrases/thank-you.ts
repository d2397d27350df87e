/**
 * The thank-you's phrase bank (fact sheet §3): thanks for their time, that
 * person's own point, honest interest, strengths restated, the point to add
 * or clear up, a question, and a close. Each part has several alternatives
 * per tone so that every person in a panel, and every round, reads a note of
 * their own. Slots: {addr} {role} {company} {day} {meeting} {talk} {title}
 * {user}, and the user's own words {strengths} {correction} {question}
 * {discussed}. Original wording, in the site's voice.
 */
import type { Bank } from './engine.ts';

/** The first paragraph's first sentence, first round. */
export const OPENING: Bank = {
  formal: [
    'Thank you for {meeting} on {day} to discuss the {role} position at {company}.',
    'Thank you very much for {meeting} on {day} about the {role} role at {company}.',
    'Thank you for the time you gave me on {day} to talk about the {role} position at {company}.',
    'I would like to thank you for {meeting} on {day} about the {role} role.',
    'Thank you for {talk} on {day} about the {role} role at {company}.',
    'Many thanks for {meeting} on {day} to discuss the {role} position.',
  ],
  warm: [
    'Thank you so much for {meeting} on {day} about the {role} role at {company}.',
    'It was a pleasure to talk with you on {day} about the {role} role.',
    'Thanks for {meeting} on {day}; I enjoyed learning more about the {role} role at {company}.',
    'Thank you for {talk} on {day} about the {role} role.',
    'Thanks a lot for {meeting} on {day} about the {role} role at {company}.',
    'Thanks again for your time on {day} and for telling me more about the {role} role.',
  ],
  concise: [
    'Thanks for {talk} on {day}.',
    'Thank you for your time on {day}.',
    'Thanks for {talk} about the {role} role.',
    'Thank you for the {role} interview.',
    'Thanks for the talk on {day}.',
    'Thank you for {talk} about the {role} role.',
  ],
};

/** The first sentence for a later round: the same people again, so nothing from the first note. */
export const OPENING_AGAIN: Bank = {
  formal: [
    'Thank you for speaking with me again on {day} as the process for the {role} position moves on.',
    'I am grateful for the further time you gave me on {day} in this next stage for the {role} role.',
    'Thank you for our latest conversation on {day} about the {role} role at {company}.',
    'Thank you for continuing the conversation on {day} about the {role} position.',
  ],
  warm: [
    'Thanks for speaking with me again on {day}; it was good to pick up where we left off.',
    'Thank you for another good conversation on {day} about the {role} role.',
    'It was a pleasure to talk with you again on {day} at this next stage.',
    'Thanks for making time for me again on {day} for the next stage of the {role} role.',
  ],
  concise: [
    'Thanks for speaking again on {day}.',
    'Thanks for the next-stage talk.',
    'Thanks for your time again.',
    'Thanks for another good talk.',
  ],
};

/** That person's point, when the user noted a topic they discussed ("how the team plans its releases"). */
export const POINT_TOPIC: Bank = {
  formal: [
    'I especially valued our discussion of {discussed}.',
    'Our exchange about {discussed} was the part I have thought about most since.',
    'I appreciated the time you took to talk through {discussed}.',
    'Your perspective on {discussed} was particularly helpful.',
    'I found our conversation about {discussed} especially useful.',
    'What you shared about {discussed} has stayed with me.',
  ],
  warm: [
    'I especially enjoyed talking about {discussed}.',
    'Our chat about {discussed} has stuck with me since.',
    'I loved hearing your take on {discussed}.',
    'The part about {discussed} was the highlight for me.',
    'Thanks for taking the time to talk through {discussed}.',
    'I keep coming back to what you said about {discussed}.',
  ],
  concise: [
    'I enjoyed our talk about {discussed}.',
    'Your view on {discussed} was useful.',
    'Good to talk through {discussed}.',
    'I valued what you said about {discussed}.',
    'Our talk about {discussed} stood out.',
    'I appreciated hearing about {discussed}.',
  ],
};

/** That person's point, when the user noted something they said, as a sentence ("You said the team is moving to…"). */
export const POINT_SAID: Bank = {
  formal: [
    '{discussed}. I have given that a good deal of thought since.',
    '{discussed}. That point has stayed with me since we spoke.',
    '{discussed}. I found that especially useful to hear.',
    '{discussed}. It gave me a clearer sense of the role.',
  ],
  warm: [
    '{discussed}. I have been thinking about that since.',
    '{discussed}. That really stuck with me.',
    '{discussed}. It was great to hear that.',
    '{discussed}. That gave me a much better feel for the role.',
  ],
  concise: [
    '{discussed}. That stayed with me.',
    '{discussed}. That was useful to hear.',
    '{discussed}. I found that helpful.',
    '{discussed}. That helped.',
  ],
};

/** That person's point, when the user noted something they said or did themselves ("I explained the gap in my CV"). */
export const POINT_MINE: Bank = {
  formal: [
    '{discussed}. I was grateful for the chance to go into that with you.',
    '{discussed}. I appreciated the room you gave me to explain it.',
    '{discussed}. Thank you for hearing me out on that.',
    '{discussed}. I was glad we could talk it through properly.',
  ],
  warm: [
    '{discussed}. I was really glad of the chance to talk that through with you.',
    '{discussed}. Thanks for giving me the space to explain.',
    '{discussed}. It meant a lot to be able to go into that with you.',
    '{discussed}. I appreciated you hearing me out on it.',
  ],
  concise: [
    '{discussed}. Thanks for hearing me out.',
    '{discussed}. I was glad to explain.',
    '{discussed}. Thanks for the chance to cover that.',
    '{discussed}. Glad we talked it through.',
  ],
};

/** That person's point, when the user noted the question they asked (quoted as typed). */
export const POINT_ASKED: Bank = {
  formal: [
    'Your question, “{discussed}”, has stayed with me since.',
    'I have thought further about your question: “{discussed}”',
    'I appreciated your question, “{discussed}”, and the conversation it opened.',
    'Your question, “{discussed}”, was one I enjoyed answering.',
  ],
  warm: [
    'I have kept thinking about your question: “{discussed}”',
    'I enjoyed your question, “{discussed}”, and the chat that followed.',
    'Your question, “{discussed}”, was a good one to think through.',
    'Your question, “{discussed}”, has been on my mind since.',
  ],
  concise: [
    'Your question, “{discussed}”, stayed with me.',
    'I enjoyed your question: “{discussed}”',
    'Your question, “{discussed}”, was a good one.',
    'I have thought more about your question: “{discussed}”',
  ],
};

/** That person's point without a noted detail, from their title. */
export const POINT_TITLE: Bank = {
  formal: [
    'It was valuable to hear how the work looks from your side as {title}.',
    'I appreciated hearing your view of the team as {title}.',
    'Hearing about the role from you as {title} was particularly useful.',
    'Your view as {title} gave me a useful sense of how the role fits in.',
  ],
  warm: [
    'It was great to hear how things look from your side as {title}.',
    'Your view of the team as {title} was really helpful.',
    'Hearing about the role from you as {title} really helped.',
    'Your view as {title} helped me see where the role fits.',
  ],
  concise: [
    'Your view as {title} was useful.',
    'It helped to hear your side as {title}.',
    'Good to hear your view as {title}.',
    'Your view as {title} helped.',
  ],
};

/** That person's point with nothing noted: a general appreciation that claims no detail. */
export const POINT_NONE: Bank = {
  formal: [
    'I appreciated the chance to learn more about the team and its work.',
    'Our conversation gave me a clearer picture of what the role involves.',
    'I valued hearing more about how the team works.',
    'It was helpful to learn more about the role and the people in it.',
    'I appreciated how openly you described the role.',
    'The conversation gave me a good sense of the team.',
  ],
  warm: [
    'It was great to hear more about the team and how it works.',
    'I came away with a much clearer picture of the role.',
    'I enjoyed hearing how the team works day to day.',
    'It was good to get a real feel for the role.',
    'I appreciated how open you were about the role.',
    'It helped a lot to hear more about the team.',
  ],
  concise: [
    'It helped to learn more about the team.',
    'I now have a clearer picture of the role.',
    'Good to hear how the team works.',
    'I valued the detail about the role.',
    'The conversation was useful.',
    'I learned a lot about the role.',
  ],
};

/** Still interested. */
export const INTEREST_YES: Bank = {
  formal: [
    'Our conversation has strengthened my interest in the position.',
    'I remain very interested in the role and in joining the team.',
    'I came away from our conversation more interested in the position than before.',
    'The role is one I would very much like to take on.',
    'I am keen to contribute to the team’s work.',
    'I am very interested in the position.',
  ],
  warm: [
    'I came away even keener on the role.',
    'I’m really interested in the role and the team.',
    'I’d love to be part of what the team is building.',
    'The role sounds like a great fit, and I’m very keen.',
    'I’m more excited about the role than ever.',
    'I’d really like to join the team.',
  ],
  concise: [
    'I’m very interested in the role.',
    'I’m keen on the role.',
    'I’d like to join the team.',
    'The role appeals to me a lot.',
    'I remain very interested.',
    'I’m still keen.',
  ],
};

/** Not sure yet: honest interest, no claim of certainty. */
export const INTEREST_UNSURE: Bank = {
  formal: [
    'I am keen to learn more about the role and how it may develop.',
    'I would welcome the chance to learn more about the position.',
    'I am keen to learn more about how the role would work in practice.',
    'I would be glad to learn more about the team’s plans for the role.',
  ],
  warm: [
    'I’m keen to learn more about the role.',
    'I’d like to find out more about how the role would work.',
    'I’m keen to learn more about the team’s plans.',
    'I’d welcome the chance to hear more about the role.',
  ],
  concise: [
    'I’m keen to learn more.',
    'I’d like to hear more about the role.',
    'I’m keen to learn more about the team.',
    'I’d welcome more detail on the role.',
  ],
};

/** Not a fit: said kindly, with the door open to other roles. */
export const INTEREST_NO: Bank = {
  formal: [
    'Having reflected, I do not think this particular role is the right match for me. I would, however, welcome hearing about other positions at {company} where my experience fits more closely.',
    'On reflection, I have concluded that this role is not quite the right fit for me. I have a great deal of respect for {company}, and I would be glad to hear of other openings there.',
    'After careful thought, I do not believe this role is the right match for me at present. If another position at {company} suits my background better, I would be pleased to hear about it.',
    'I have thought it over, and I do not think this role is the right fit for me. I would still value staying in touch about other roles at {company}.',
    'Our conversation helped me see that this role does not suit me as well as I had hoped. Should a position at {company} open that matches my background more closely, I would be keen to hear of it.',
    'Having weighed it up, I have decided not to pursue this role further. I hold {company} in high regard and would welcome the chance to be considered for other openings there.',
  ],
  warm: [
    'Having thought it over, I don’t think this role is quite the right match for me. I think a lot of {company}, though, and I’d love to hear about other roles there.',
    'After some thought, I’ve decided this role isn’t the right fit for me. If something else comes up at {company} that suits my background, I’d be glad to hear about it.',
    'I’ve realised this particular role isn’t the right match for me. I’d still be glad to hear about other openings at {company}.',
    'On reflection, I don’t think the role is right for me. I’d be happy to stay in touch about other roles at {company}.',
    'Talking it through helped me see that this role isn’t the best match for me. I’d really like to hear if another opening at {company} comes up, though.',
    'I’ve weighed it up, and I don’t think this role is for me. I’ve enjoyed getting to know {company}, and I’d welcome a chat about other roles there.',
  ],
  concise: [
    'On reflection, this role isn’t the right fit for me, but I’d welcome hearing about other roles at {company}.',
    'I don’t think this role is the right match for me; I’d be glad to hear of other openings at {company}.',
    'This role isn’t quite right for me, but I’d like to hear about other roles at {company}.',
    'I’ve decided the role isn’t the right fit, but I’d welcome news of other roles at {company}.',
    'The role isn’t a match for me, though I’d be glad to hear of other openings at {company}.',
    'I won’t pursue this role, but I’d gladly hear about other roles at {company}.',
  ],
};

/** Strengths restated, when still interested. The user's words end the sentence. */
export const STRENGTHS_YES: Bank = {
  formal: [
    'In particular, I would bring {strengths}.',
    'I believe I could contribute {strengths}.',
    'What I would offer the team is {strengths}.',
    'I would bring the team {strengths}.',
    'Among other things, I would bring {strengths}.',
    'I would hope to contribute {strengths}.',
  ],
  warm: [
    'Above all, I’d bring {strengths}.',
    'I think I could add {strengths}.',
    'What I’d bring is {strengths}.',
    'I’d bring the team {strengths}.',
    'I’m excited to offer {strengths}.',
    'I could offer {strengths}.',
  ],
  concise: [
    'I’d bring {strengths}.',
    'I can offer {strengths}.',
    'I’d add {strengths}.',
    'I’d offer {strengths}.',
    'I bring {strengths}.',
    'I could add {strengths}.',
  ],
};

/** Strengths when the user is not sure yet: offered, not pressed. */
export const STRENGTHS_UNSURE: Bank = {
  formal: [
    'From what I heard, I think I could offer {strengths}.',
    'I believe I could bring {strengths}.',
    'I think I could bring the team {strengths}.',
    'I could offer the team {strengths}.',
  ],
  warm: [
    'From what I heard, I could bring {strengths}.',
    'I think I could offer {strengths}.',
    'It sounds as if the team could use {strengths}.',
    'I could bring {strengths}.',
  ],
  concise: [
    'I could bring {strengths}.',
    'I could offer {strengths}.',
    'I’d bring {strengths}.',
    'I can offer {strengths}.',
  ],
};

/** Strengths as the user's own sentences ("I led…"): a lead-in, then their words as written. */
export const STRENGTHS_SENTENCE: Bank = {
  formal: [
    'I would also like to add a word on what I would bring. {strengths}.',
    'A little more on what I would offer: {strengths}.',
    'On what I could contribute: {strengths}.',
    'To add to what I said about my experience: {strengths}.',
    'One more thing I would bring to the role: {strengths}.',
    'It may help to add something about my experience. {strengths}.',
  ],
  warm: [
    'A bit more on what I’d bring: {strengths}.',
    'On what I could offer: {strengths}.',
    'To add to what I said about my background: {strengths}.',
    'Briefly, what I’d bring: {strengths}.',
    'One more thing about what I’d bring: {strengths}.',
    'Something I’d add about my experience: {strengths}.',
  ],
  concise: [
    'What I’d bring: {strengths}.',
    'In short: {strengths}.',
    'What I offer: {strengths}.',
    'Briefly: {strengths}.',
    'Worth adding: {strengths}.',
    'My experience in brief: {strengths}.',
  ],
};

/** The interview went badly and the user gave the point to clear up. */
export const CONCERN_WITH: Bank = {
  formal: [
    'On reflection, I did not answer one point as fully as I could have: {correction}.',
    'I would like to add to one of my answers, which I do not think did me justice: {correction}.',
    'There is one answer I would like to put more clearly: {correction}.',
    'Looking back, one of my answers fell short of what I meant to say: {correction}.',
  ],
  warm: [
    'Looking back, I don’t think I did myself justice on one point: {correction}.',
    'I’d like to add to one of my answers: {correction}.',
    'One answer came out less clearly than I meant it to: {correction}.',
    'I want to put one of my answers better: {correction}.',
  ],
  concise: [
    'To add to one of my answers: {correction}.',
    'One answer I’d like to put better: {correction}.',
    'To clarify one point: {correction}.',
    'A better answer to one question: {correction}.',
  ],
};

/** The interview went badly and the user gave no detail: addressed without inventing one. */
export const CONCERN_WITHOUT: Bank = {
  formal: [
    'I do not think all of my answers showed what I can do, and I would welcome the chance to expand on any of them.',
    'If any of my answers left a question open, I would be glad to go through it again.',
    'I would value the chance to add to any answer that left you with doubts.',
    'Should anything I said need more detail, I would be glad to provide it.',
  ],
  warm: [
    'I don’t think every answer showed my best, so I’d be glad to expand on any of them.',
    'If anything I said left you unsure, I’d love the chance to go over it again.',
    'I’d be glad to add more to any answer that didn’t come across well.',
    'If any answer needs more detail, I’m happy to give it.',
  ],
  concise: [
    'I’m happy to expand on any answer.',
    'I’d gladly add detail to any answer.',
    'I can go over any answer again.',
    'Any answer I gave, I can expand on.',
  ],
};

/** Something the user forgot to say (the interview did not go badly). */
export const ADDITION: Bank = {
  formal: [
    'There is one point I did not mention when we spoke: {correction}.',
    'I would also like to add something I did not cover: {correction}.',
    'One further point I should have mentioned: {correction}.',
    'I did not have the chance to mention one thing: {correction}.',
  ],
  warm: [
    'One thing I forgot to mention: {correction}.',
    'I also meant to say: {correction}.',
    'Something I didn’t get to mention: {correction}.',
    'A quick addition to what I said: {correction}.',
  ],
  concise: [
    'One more thing: {correction}.',
    'I forgot to mention: {correction}.',
    'Also: {correction}.',
    'To add: {correction}.',
  ],
};

/** The user's question, to keep the conversation going. */
export const QUESTION: Bank = {
  formal: [
    'Since we spoke, I have been considering one question I would value your view on: {question}?',
    'There is one question I would be glad to hear your thoughts on: {question}?',
    'May I ask one further question? {question}?',
    'One question has stayed with me since our conversation: {question}?',
  ],
  warm: [
    'Something I’ve been wondering since we spoke: {question}?',
    'I’d love your view on one question: {question}?',
    'One question I keep coming back to: {question}?',
    'I’d be curious to hear your thoughts: {question}?',
  ],
  concise: [
    'One question: {question}?',
    'A question for you: {question}?',
    'I’d value your view: {question}?',
    'Quick question: {question}?',
  ],
};

/** Asking about next steps, when they were not explained and no date was given. */
export const NEXT_STEPS: Bank = {
  formal: [
    'I would also be grateful to know what the next steps in the process will be.',
    'I would appreciate knowing what the next stage of the process looks like.',
    'When convenient, I would be glad to hear what the next steps are.',
    'I would welcome any word on the next steps in the process.',
  ],
  warm: [
    'If it’s easy to share, I’d be glad to know what the next steps look like.',
    'I’d love to know what happens next, whenever you can share it.',
    'Whenever you can, I’d be glad to hear about next steps.',
    'It would be great to know what the next stage looks like.',
  ],
  concise: [
    'What are the next steps?',
    'Could you share the next steps?',
    'I’d be glad to know the next steps.',
    'What happens next?',
  ],
};

/** Thanks for help with the interview, for an interviewer who also arranged it. */
export const HELPED: Bank = {
  formal: [
    'Thank you also for arranging the interview and for your help beforehand.',
    'I am grateful, too, for your help in arranging the interview.',
    'Thank you as well for setting up the interview.',
  ],
  warm: [
    'Thanks too for setting up the interview and helping me prepare.',
    'And thank you for arranging the interview in the first place.',
    'Thanks as well for all your help arranging it.',
  ],
  concise: [
    'Thanks also for arranging it.',
    'Thanks too for setting it up.',
    'And thanks for arranging the interview.',
  ],
};

/** The close, while interested (yes or not sure). */
export const CLOSING: Bank = {
  formal: [
    'Thank you again for your time and consideration. I look forward to hearing from you.',
    'Please let me know if I can provide anything further, such as references or examples of my work. I hope to hear from you in due course.',
    'Thank you once more for your time. I would be happy to send anything further that would help.',
    'I am grateful for your time and consideration, and I look forward to the next stage.',
    'Thank you again. If any further information would help, I would be glad to send it.',
    'With thanks again for your time, I look forward to hearing from you.',
  ],
  warm: [
    'Thanks again for your time. If there’s anything else I can send over, just let me know.',
    'Thanks again, and I look forward to hearing from you.',
    'Thanks again for your time and openness. I hope to hear from you soon.',
    'I really appreciated your time, and I look forward to the next step.',
    'Thanks once more. If examples of my work would help, I’m happy to share them.',
    'Thank you again, and I hope we speak again soon.',
  ],
  concise: [
    'Thanks again.',
    'Thanks; I hope to hear soon.',
    'Thank you again.',
    'I look forward to hearing from you.',
    'Thanks for your time.',
    'Happy to send anything useful.',
  ],
};

/** The close when the role is not a fit: no claim of interest, no hint of awaiting news. */
export const CLOSING_NO: Bank = {
  formal: [
    'Thank you again for your time and for a helpful conversation. I wish you and the team every success.',
    'I am grateful for your time and your openness, and I wish you and the team every success with the role.',
    'Thank you once more for your time. I hope our paths cross again, and I wish you well in filling the position.',
    'With thanks again for your time and openness, I hope we will stay in touch.',
    'I appreciated how candid our conversation was, and I wish you all the best with the search.',
    'Thank you for making time for me. I hope we have the chance to work together in future.',
  ],
  warm: [
    'Thanks again for your time, and all the best to you and the team.',
    'Thank you again; I enjoyed our conversation, and I hope we stay in touch.',
    'Thanks so much for your time, and I hope our paths cross again.',
    'Thanks again for being so open with me, and good luck with the search.',
    'I really appreciated your time, and I hope the search goes well.',
    'It was good to talk, and I wish you every success in finding the right person.',
  ],
  concise: [
    'Thanks again.',
    'All the best.',
    'Best wishes to the team.',
    'Thanks for your time.',
    'Good luck with the search.',
    'With thanks and best wishes.',
  ],
};
