import { describe, expect, it } from 'vitest';
import { TONES } from '../facts-input.ts';
import { buildPlan } from '../plan/build-plan.ts';
import { factsWith } from '../testing/fixtures.ts';
import { buildDrafts } from './build-drafts.ts';
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
      'Harbour & Finch',
      'five years of building forecasting dashboards',
      'cloud warehouse',
      'How does the team decide',
      'Rowan Ellery',
    ]) {
      expect(email.body).toContain(fact);
    }
  });

  it('keeps thank-you emails between 100 and 180 words in all three tones', () => {
    for (const tone of TONES) {
      const words = countWords(draftsFor('thank-you', {}, tone).email.body);
      expect(words).toBeGreaterThanOrEqual(100);
      expect(words).toBeLessThanOrEqual(180);
    }
  });

  it('greets formally by full name, warmly and concisely by first name', () => {
    expect(draftsFor('thank-you', {}, 'formal').email.body).toMatch(/^Dear Ada Quill,/);
    expect(draftsFor('thank-you', {}, 'warm').email.body).toMatch(/^Hi Ada,/);
    expect(draftsFor('thank-you', {}, 'concise').email.body).toMatch(/^Hello Ada,/);
  });

  it('shows a visible placeholder where the user has not given their name or strengths', () => {
    const { email } = draftsFor('thank-you', { notes: { userName: '', strengths: '' } });
    expect(email.body).toContain('[your name]');
    expect(email.body).toContain('[a strength that fits the role]');
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
    expect(email.body).toContain("I don't think I did myself justice on one point: I have also led the migration");
    expect(email.body).toContain('five years of building forecasting dashboards');
  });

  it('asks for the point to clear up with a placeholder when it went badly and none was given', () => {
    expect(draftsFor('thank-you', { read: { went: 'badly' }, notes: { correction: '' } }).email.body).toContain(
      '[the point you want to clear up]',
    );
  });

  it('still thanks them when the role is not a fit, and welcomes other roles there', () => {
    const { email } = draftsFor('thank-you', { read: { interest: 'no' } });
    expect(email.body).toMatch(/another position comes up/);
    expect(email.body).not.toMatch(/even keener/);
  });

  it('shortens a very long strength with an ellipsis instead of breaking the limit', () => {
    const long = Array.from({ length: 80 }, (_, i) => `skill${i}`)
      .join(' ')
      .slice(0, 500);
    const { email, card } = draftsFor('thank-you', { notes: { strengths: long } });
    expect(countWords(email.body)).toBeLessThanOrEqual(180);
    expect(countWords(card)).toBeLessThanOrEqual(80);
    expect(email.body).toContain('…');
  });

  it('fits LinkedIn notes in 200 and 300 characters', () => {
    const { linkedin } = draftsFor('linkedin', { interview: { company: 'C'.repeat(120), role: 'R'.repeat(120) } });
    expect(linkedin.free.length).toBeLessThanOrEqual(200);
    expect(linkedin.long.length).toBeLessThanOrEqual(300);
  });

  it('writes a short check-in that mentions the decision date and offers more information', () => {
    const { email } = draftsFor('check-in', { decision: { kind: 'decide-by', date: '2026-11-13' } });
    expect(countWords(email.body)).toBeLessThanOrEqual(120);
    expect(email.body).toContain('Friday 13 November');
    expect(email.body).toMatch(/happy to send/);
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
    expect(email.body).toMatch(/Thank you for letting me know/);
    expect(email.body).toMatch(/CV on file/);
    expect(email.body).toMatch(/stay in touch/);
  });

  it('writes the phone script as bullets that end with what to do at voicemail', () => {
    const { phone } = draftsFor('thank-you', { notes: { channel: 'phone' } });
    expect(phone[0]).toBe('Ask for Ada Quill (Head of Analytics).');
    expect(phone.at(-1)).toMatch(/one brief message/);
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
