/**
 * Thank-you drafts (fact sheet §3): thanks for their time, still interested,
 * strengths restated, the forgotten point added, a question to keep the
 * conversation going. After a rough interview a paragraph answers the concern;
 * when the role is not a fit the note leaves the door open to other roles.
 */
import { LINKEDIN_NOTE_LIMITS } from '../guidance.ts';
import { byTone, greeting, paragraphs, signOff, type DraftContext, type DraftSlots } from './context.ts';
import { endWith } from './text.ts';

/** The email body, before fitting. */
export function thankYouEmail(ctx: DraftContext, s: DraftSlots): string {
  const { tone, facts } = ctx;
  const notFit = facts.read.interest === 'no';
  const badly = facts.read.went === 'badly';
  const opening = byTone(tone, [
    `Thank you for ${ctx.meeting} on ${ctx.day} to discuss the ${s.role} position at ${s.company}. I appreciated the time you gave me and the clear picture you shared of the team and its priorities for the coming year.`,
    `Thank you so much for ${ctx.meeting} on ${ctx.day} about the ${s.role} role at ${s.company}. I really enjoyed our conversation and hearing how the team works day to day and what it hopes to achieve next.`,
    `Thank you for ${ctx.meeting} on ${ctx.day} about the ${s.role} role at ${s.company}. I valued the time and the detail you gave me about the team and its plans for the year ahead.`,
  ]);
  const interest = notFit
    ? byTone(tone, [
        `Having reflected carefully, I do not think this particular role is the right match for me at present. I have a great deal of respect for ${s.company}, however, and if a position opens where my experience fits more closely, I would very much welcome hearing about it.`,
        `Having thought it over, I don't think this particular role is quite the right match for me. I think a lot of ${s.company}, though, and if another position comes up where my background fits better, I would love to hear about it.`,
        `After some thought, I don't think this role is the right match for me at this point in my career. I rate ${s.company} highly, though, and I would welcome hearing about other roles where my background and skills fit better.`,
      ])
    : byTone(tone, [
        `Our discussion has strengthened my interest in the position, and I am confident that I could make a useful contribution to your team. In particular, I would bring ${s.strengths}.`,
        `Our conversation made me even keener on the role, and I can picture how I would help the team from the first few weeks. In particular, I would bring ${s.strengths}.`,
        `I am still very interested in the role, and our conversation confirmed that it suits my experience. I am confident I can contribute quickly. In particular, I would bring ${s.strengths}.`,
      ]);
  const concern = badly
    ? byTone(tone, [
        `On reflection, I did not answer one point as well as I could have: ${s.correction}. To be clear, I am confident that I can deliver what the role requires, and I would welcome the chance to show it.`,
        `Looking back, I don't think I did myself justice on one point: ${s.correction}. To be clearer: I'm sure I can deliver what you need, and I'd welcome the chance to show you.`,
        `I don't think I answered one point as well as I could: ${s.correction}. To be clear, I can deliver what the role needs and would welcome the chance to show it.`,
      ])
    : s.correction &&
      byTone(tone, [
        `There is one point I did not mention during our meeting: ${endWith(s.correction, '.')}`,
        `One thing I forgot to mention: ${endWith(s.correction, '.')}`,
        `One thing I didn't mention: ${endWith(s.correction, '.')}`,
      ]);
  const question =
    s.question &&
    !notFit &&
    byTone(tone, [
      `Since our conversation, I have been considering one question I would value your view on: ${endWith(s.question, '?')}`,
      `Something I've been wondering about since we spoke: ${endWith(s.question, '?')}`,
      `One question I'd value your view on: ${endWith(s.question, '?')}`,
    ]);
  const nextSteps =
    !facts.decision.nextStepsExplained &&
    facts.decision.kind === 'none' &&
    !notFit &&
    byTone(tone, [
      'I would also be grateful to know what the next steps in the process will be.',
      "If it's easy to share, I'd be glad to know what the next steps look like.",
      'Could you let me know the next steps?',
    ]);
  const closing = byTone(tone, [
    `Thank you again for your time and consideration. Please do not hesitate to let me know if there is anything further I can provide in the meantime. I look forward to hearing from you.`,
    `Thanks again for your time and for making me feel welcome. If there is anything else I can send over to help, just let me know. I look forward to hearing from you.`,
    `Thanks again for your time. If any further information would help, such as references or examples of my work, I am happy to send it. I look forward to hearing from you.`,
  ]);
  return paragraphs(greeting(ctx, s), opening, interest, concern, question || nextSteps, closing, signOff(ctx, s));
}

/** The handwritten card (short, no question or correction unless the interview went badly). */
export function thankYouCard(ctx: DraftContext, s: DraftSlots): string {
  const { tone, facts } = ctx;
  const body =
    facts.read.interest === 'no'
      ? `Thank you for ${ctx.meeting} about the ${s.role} role. The role isn't quite the right match for me, but I'd welcome hearing about other openings at ${s.company}.`
      : facts.read.went === 'badly'
        ? `Thank you for ${ctx.meeting} about the ${s.role} role. I would like the chance to show what I can offer, especially ${s.strengths}.`
        : `Thank you for ${ctx.meeting} about the ${s.role} role. I enjoyed our conversation and would love to bring ${s.strengths} to ${s.company}.`;
  return paragraphs(greeting(ctx, s), body, byTone(tone, ['With thanks,', 'Warm wishes,', 'Thanks,']) + `\n${s.user}`);
}

/** The LinkedIn connection note, short (free account) or long. */
export function thankYouLinkedIn(ctx: DraftContext, s: DraftSlots, limit: number): string {
  const hello = ctx.tone === 'formal' ? `Hello ${s.name},` : `Hi ${s.first},`;
  const short = `${hello} thank you for ${ctx.meeting} about the ${s.role} role at ${s.company}. I'd be glad to stay in touch here. ${s.user}`;
  if (limit < LINKEDIN_NOTE_LIMITS.long) return short;
  return `${hello} thank you again for ${ctx.meeting} about the ${s.role} role at ${s.company}. As we discussed, I'd be glad to connect and keep following your team's work. ${s.user}`;
}

/** The phone script as bullets. */
export function thankYouPhone(ctx: DraftContext, s: DraftSlots): string[] {
  const lines = [
    `Ask for ${s.name}${ctx.step.recipient.title ? ` (${ctx.step.recipient.title})` : ''}.`,
    `Say who you are: ${s.user}, who interviewed for the ${s.role} role on ${ctx.day}.`,
    'Thank them for their time and say you are still interested.',
    `Mention what you would bring: ${s.strengths}.`,
  ];
  if (s.correction) lines.push(`Add the point you want to clear up: ${s.correction}.`);
  if (s.question) lines.push(`Ask: ${endWith(s.question, '?')}`);
  lines.push(
    'Keep it short, thank them again and say goodbye.',
    'No answer? Leave one brief message with your name and number, then wait.',
  );
  return lines;
}
