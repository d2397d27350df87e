import { describe, expect, it } from 'vitest';
import { TONES } from '../facts-input.ts';
import { buildPlan } from '../plan/build-plan.ts';
import { factsWith } from '../testing/fixtures.ts';
import { buildDrafts, wordingCount } from './build-drafts.ts';
import { checkDraft } from './check-draft.ts';
import { countWords, PLACEHOLDER_PATTERN } from './text.ts';

const now = Date.parse('2026-11-20T12:00:00Z');
const draftsFor = (kind: string, overrides: Parameters<typeof factsWith>[0] = {}, tone?: (typeof TONES)[number]) => {
  const facts = factsWith(overrides, now);
  const step = buildPlan(facts, { now }).steps.find((s) => s.kind === kind);
  if (!step) throw new Error(`no ${kind} step`);
  const drafts = buildDrafts(step, facts, tone);
  if (!drafts) throw new Error(`no drafts for ${kind}`);
  return drafts;
};

describe('buildDrafts', () => {
  it('writes a thank-you that uses the names, role, company, strengths, the forgotten point and the question', () => {
    const { email } = draftsFor('thank-you');
    expect(email.body.startsWith('Hi Ada,')).toBe(true);
    for (const fact of [
      'Data Analyst',
      'five years of building forecasting dashboards',
      'cloud warehouse',
      'how does the team decide which forecasts to trust?',
      'Rowan Ellery',
    ]) {
      expect(email.body).toContain(fact);
    }
  });

  it('keeps a thank-you under 180 words in every tone, with "Concise" at least 30% shorter than "Formal"', () => {
    const words = Object.fromEntries(TONES.map((t) => [t, countWords(draftsFor('thank-you', {}, t).email.body)]));
    for (const tone of TONES) expect(words[tone]).toBeLessThanOrEqual(180);
    expect(words.formal).toBeGreaterThanOrEqual(100);
    expect(words.concise!).toBeLessThanOrEqual(0.7 * words.formal!);
  });

  it('greets by given name without a title, never by full name; with a title, formally by title and surname', () => {
    expect(draftsFor('thank-you', {}, 'formal').email.body).toMatch(/^Dear Ada,/);
    expect(draftsFor('thank-you', {}, 'warm').email.body).toMatch(/^Hi Ada,/);
    expect(draftsFor('thank-you', {}, 'concise').email.body).toMatch(/^Hello Ada,/);
    const dr = {
      interviewers: [
        { id: 'iv-ada', name: 'Dr Ada Quill', title: '', email: '', linkedIn: true, addressAs: '', discussed: '' },
      ],
    };
    for (const tone of TONES) {
      const d = draftsFor('thank-you', dr, tone);
      const addr = tone === 'formal' ? 'Dr Quill' : 'Ada';
      expect(d.email.body).toMatch(new RegExp(`^(Dear|Hi|Hello) ${addr},`));
      expect(d.card).toMatch(new RegExp(`^(Dear|Hi|Hello) ${addr},`));
      expect(d.linkedin.free).toMatch(new RegExp(`^(Hello|Hi) ${addr},`));
      expect(d.phone.join('\n')).toContain(`${tone === 'formal' ? 'Hello' : 'Hi'} ${addr}, `);
    }
  });

  it('shows a visible placeholder for a missing name, and leaves out strengths not given instead of inventing them', () => {
    const { email } = draftsFor('thank-you', { notes: { userName: '', strengths: '' } });
    expect(email.body).toContain('[your name]');
    expect(email.body).not.toContain('[a strength');
    expect(email.body).not.toMatch(/I would bring|I’d bring/);
  });

  it('shows a [job title] placeholder, not "null", when the job was left out', () => {
    const d = draftsFor('check-in', { interview: { role: '' } });
    expect(d.email.subject).toContain('[job title]');
    expect([d.email.subject, d.email.body].join('\n')).not.toContain('null');
  });

  it('leaves no placeholder when every fact is given', () => {
    for (const kind of ['thank-you', 'thank-contact', 'linkedin', 'check-in']) {
      const d = draftsFor(kind);
      expect(
        [d.email.subject, d.email.body, d.card, d.linkedin.free, d.linkedin.long, ...d.phone].join('\n'),
      ).not.toMatch(PLACEHOLDER_PATTERN);
    }
  });

  it('answers the concern and restates what the user offers after an interview that went badly', () => {
    const { email } = draftsFor('thank-you', { read: { went: 'badly' } });
    expect(email.body).toMatch(/: I have also led the migration of our reporting to a cloud warehouse\./);
    expect(email.body).toContain('five years of building forecasting dashboards');
  });

  it('addresses a rough interview without inventing a detail when the user gave none', () => {
    const body = draftsFor('thank-you', { read: { went: 'badly' }, notes: { correction: '' } }).email.body;
    expect(body).not.toMatch(PLACEHOLDER_PATTERN);
    expect(body).toMatch(/answer|anything I said/);
  });

  it('still thanks them when the role is not a fit, and welcomes other roles there', () => {
    const { email } = draftsFor('thank-you', { read: { interest: 'no' } });
    expect(email.body).toMatch(
      /other (?:roles|openings|positions)|another (?:opening|position)|something else|a position at/,
    );
    expect(email.body).not.toMatch(/interested|keen|would bring|look forward to hearing/);
  });

  it('turns the role down without offering to improve an answer, when it went badly and is not a fit', () => {
    const facts = factsWith({ read: { went: 'badly', interest: 'no' } }, now);
    const step = buildPlan(facts, { now }).steps.find((s) => s.kind === 'thank-you')!;
    expect(step.reason).toContain('leaves the door open to other roles there');
    expect(step.reason).not.toMatch(/answer their doubt|restate what you offer/);
    for (const tone of TONES)
      for (let seed = 0; seed < 6; seed++) {
        const d = buildDrafts(step, facts, tone, seed)!;
        const all = [d.email.body, d.card, d.linkedin.free, d.linkedin.long, ...d.phone].join('\n');
        expect(all, `${tone} ${seed}`).not.toMatch(
          /cloud warehouse|expand on|add (?:to|more to|detail to) (?:one of my|any)|go (?:over|through) (?:it|any)|answer their question again|left (?:a question open|you)/iu,
        );
        expect(d.email.body).toMatch(
          /other (?:roles|openings|positions)|another (?:opening|position)|a position at|something else/,
        );
      }
  });

  it('keeps a very long strength whole, and the checker says how long the note is', () => {
    const long = Array.from({ length: 90 }, (_, i) => `s${i}`).join(' ');
    const facts = factsWith({ notes: { strengths: long } }, now);
    const step = buildPlan(facts, { now }).steps.find((s) => s.kind === 'thank-you')!;
    const { email } = buildDrafts(step, facts, 'formal')!;
    expect(email.body).toContain(long);
    expect(email.body).not.toContain('…');
    const tooLong = checkDraft(email.body, { format: 'email', facts, stepKind: 'thank-you' }).find(
      (f) => f.ruleId === 'too-long',
    );
    expect(tooLong?.reason).toMatch(new RegExp(`This is ${countWords(email.body)} words; aim for 180 or fewer`));
  });

  it('keeps a long company and job whole in a LinkedIn note', () => {
    const { linkedin } = draftsFor('linkedin', { interview: { company: 'C'.repeat(120), role: 'R'.repeat(120) } });
    expect(linkedin.free).toContain('C'.repeat(120));
    expect(linkedin.long).toContain('R'.repeat(120));
  });

  it('offers three wordings of a thank-you and two of other messages, each different and each repeatable', () => {
    const facts = factsWith({}, now);
    const plan = buildPlan(facts, { now });
    for (const step of plan.steps) {
      for (const tone of TONES) {
        const count = wordingCount(step, facts, tone);
        if (step.kind === 'move-on') {
          expect(count).toBe(0);
          continue;
        }
        expect(count).toBeGreaterThanOrEqual(step.kind === 'thank-you' ? 3 : 2);
        const bodies = Array.from({ length: count }, (_, w) => buildDrafts(step, facts, tone, w)!.email.body);
        expect(new Set(bodies).size, step.id).toBe(count);
        expect(buildDrafts(step, facts, tone, 1)).toEqual(buildDrafts(step, facts, tone, 1));
        expect(buildDrafts(step, facts, tone, count)).toEqual(buildDrafts(step, facts, tone, 0));
      }
    }
  });

  it('writes a short check-in that mentions the decision date and offers more information', () => {
    const { email } = draftsFor('check-in', { decision: { kind: 'decide-by', date: '2026-11-13' } });
    expect(countWords(email.body)).toBeLessThanOrEqual(120);
    expect(email.body).toContain('Friday 13 November');
    expect(email.body).toMatch(/happy to|glad to/i);
  });

  it('gives the HR feedback request prepared questions', () => {
    const { email, phone } = draftsFor('ask-feedback', { interview: { format: 'agency-phone-screen' } });
    expect(email.body.match(/^- /gm)).toHaveLength(3);
    expect(phone.filter((line) => line.startsWith('Ask:'))).toHaveLength(3);
  });

  it('replies to a rejection with thanks, a request to keep the CV on file and an offer to stay in touch', () => {
    const { email } = draftsFor('reply-to-rejection', {
      events: [{ id: 'r', kind: 'rejected', date: '2026-11-10', time: '', durationMinutes: '', stage: '' }],
    });
    expect(email.body).toMatch(/(Thank you|Thanks) for letting me know/);
    expect(email.body).toMatch(/CV on file/);
    expect(email.body).toMatch(/stay in touch/);
  });

  it('writes the phone script as bullets that end with what to do at voicemail', () => {
    const { phone } = draftsFor('thank-you', { notes: { channel: 'phone' } });
    expect(phone[0]).toMatch(/^Ask (for|to speak to) Ada Quill \(Head of Analytics\)\.$/);
    expect(phone.at(-1)).toMatch(/one (brief|short) message/);
  });

  it('has no draft for the note to self about moving on', () => {
    const facts = factsWith({}, now);
    const moveOn = buildPlan(facts, { now }).steps.find((s) => s.kind === 'move-on')!;
    expect(buildDrafts(moveOn, facts)).toBeNull();
  });

  it('writes drafts the checker finds nothing wrong with, in every tone', () => {
    const facts = factsWith({}, now);
    for (const step of buildPlan(facts, { now }).steps) {
      for (const tone of TONES) {
        const d = buildDrafts(step, facts, tone);
        if (!d) continue;
        expect(checkDraft(d.email.body, { format: 'email', facts, stepKind: step.kind })).toEqual([]);
        expect(checkDraft(d.card, { format: 'card', facts })).toEqual([]);
        expect(checkDraft(d.linkedin.free, { format: 'linkedin-free', facts })).toEqual([]);
        expect(checkDraft(d.phone.join('\n'), { format: 'phone', facts })).toEqual([]);
      }
    }
  });
});

describe('what the user discussed with each person', () => {
  it('reads a topic, something they said and their question each in its own way', async () => {
    const { discussedForm } = await import('./context.ts');
    expect(discussedForm('the plans for a new demand dashboard')).toBe('topic');
    expect(discussedForm('how the team handles on-call')).toBe('topic');
    expect(discussedForm('You said the team is moving to a cloud warehouse')).toBe('said');
    expect(discussedForm('The team is moving to a cloud warehouse')).toBe('said');
    expect(discussedForm('How would I explain a forecast miss?')).toBe('asked');
    // A question typed without its mark is still their question; "what is changing" stays a topic.
    expect(discussedForm('how would I handle a launch with a fixed deadline')).toBe('asked');
    expect(discussedForm('what is changing in the data team')).toBe('topic');
    // Something the user said or did is never answered as if the interviewer had said it.
    expect(discussedForm('I explained the gap in my CV')).toBe('mine');
    expect(discussedForm('We talked about the roadmap')).toBe('mine');
  });

  it('answers the user’s own point as theirs, and ends no typed point mid-sentence', () => {
    const person = (discussed: string) => ({
      interviewers: [
        { id: 'iv-ada', name: 'Ada Quill', title: '', email: '', linkedIn: true, addressAs: '', discussed },
      ],
    });
    for (const tone of TONES) {
      for (let wording = 0; wording < 4; wording += 1) {
        const facts = factsWith(person('I explained the gap in my CV'), now);
        const step = buildPlan(facts, { now }).steps.find((s) => s.kind === 'thank-you')!;
        const body = buildDrafts(step, facts, tone, wording)!.email.body;
        expect(body).toContain('I explained the gap in my CV.');
        expect(body).not.toMatch(/useful to hear|stuck with me|great to hear|clearer sense|good deal of thought/);
      }
    }
    const facts = factsWith(
      { ...person('their plans for Q3.'), notes: { strengths: 'ten years of retail analytics.' } },
      now,
    );
    const step = buildPlan(facts, { now }).steps.find((s) => s.kind === 'thank-you')!;
    for (const tone of TONES)
      for (let wording = 0; wording < 6; wording += 1) {
        const d = buildDrafts(step, facts, tone, wording)!;
        for (const text of [d.email.body, d.card, d.linkedin.long])
          expect(text).not.toMatch(/(?:Q3|analytics)\. \p{Ll}/u);
      }
  });

  it('puts each interviewer’s own point in their note, and their question exactly as typed', () => {
    const d = draftsFor('thank-you', {
      interviewers: [
        {
          id: 'iv-ada',
          name: 'Ada Quill',
          title: 'Head of Analytics',
          email: '',
          linkedIn: true,
          addressAs: '',
          discussed: 'How would I explain a forecast miss?',
        },
      ],
    });
    expect(d.email.body).toContain('“How would I explain a forecast miss?”');
  });
});

describe('people in a later round', () => {
  const round2 = (people: { id: string; name: string; title: string }[]) => ({
    events: [
      {
        id: 'r2',
        kind: 'another-round' as const,
        date: '2026-11-12',
        time: '14:00',
        durationMinutes: '',
        stage: 'final' as const,
        interviewers: people.map((p) => ({ ...p, email: '', linkedIn: false, addressAs: '', discussed: '' })),
      },
    ],
  });

  it('thanks someone first met in round 2 as a first meeting, and someone met before "again"', () => {
    const facts = factsWith(
      round2([
        { id: 'iv-ada', name: 'Ada Quill', title: '' },
        { id: 'iv-new', name: 'Kwame Asante', title: 'CTO' },
      ]),
      now,
    );
    const steps = buildPlan(facts, { now }).steps.filter((s) => s.kind === 'thank-you' && s.round === 2);
    const to = (id: string) => steps.find((s) => s.recipient.id === id)!;
    for (const tone of TONES)
      for (let wording = 0; wording < 4; wording += 1) {
        const fresh = buildDrafts(to('iv-new'), facts, tone, wording)!;
        for (const text of [fresh.email.subject, fresh.email.body, fresh.linkedin.long, fresh.phone.join(' ')])
          expect(text).not.toMatch(
            /(?:speaking|talk|time for me|your time) (?:with (?:me|you) )?again|latest conversation|another good|left off/i,
          );
      }
    const known = [0, 1, 2, 3].map((w) => buildDrafts(to('iv-ada'), facts, 'warm', w)!.email.body).join(' ');
    expect(known).toMatch(/(?:speaking with me|talk with you|time for me) again|another good conversation/);
  });

  it('never takes an honorific typed as the job title for a job', () => {
    const facts = factsWith(
      {
        interviewers: [
          { id: 'iv-ada', name: 'Ada Quill', title: 'Dr', email: '', linkedIn: true, addressAs: '', discussed: '' },
        ],
      },
      now,
    );
    const step = buildPlan(facts, { now }).steps.find((s) => s.kind === 'thank-you')!;
    for (const tone of ['formal', 'warm'] as const)
      for (let wording = 0; wording < 4; wording += 1) {
        const d = buildDrafts(step, facts, tone, wording)!;
        expect(d.email.body).not.toMatch(/as Dr\b|\(Dr\)/);
        expect(d.phone.join(' ')).not.toContain('(Dr)');
      }
    expect(buildDrafts(step, facts, 'formal')!.email.body).toMatch(/^Dear Dr Quill,/);
  });
});
