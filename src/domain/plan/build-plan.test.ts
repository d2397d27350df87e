import { describe, expect, it } from 'vitest';
import type { EventInput } from '../facts-input.ts';
import { factsWith, sampleInput } from '../testing/fixtures.ts';
import { buildPlan } from './build-plan.ts';

const now = Date.parse('2026-11-20T12:00:00Z');
const planFor = (overrides: Parameters<typeof factsWith>[0] = {}) => buildPlan(factsWith(overrides, now), { now });
const ids = (overrides: Parameters<typeof factsWith>[0] = {}) => planFor(overrides).steps.map((s) => s.id);
const event = (kind: EventInput['kind'], date: string, extra: Partial<EventInput> = {}): EventInput => ({
  id: `ev-${kind}`,
  kind,
  date,
  time: '',
  durationMinutes: '',
  stage: '',
  ...extra,
});

describe('buildPlan', () => {
  it('plans one thank-you per interviewer, then the helper, LinkedIn, two check-ins and a move-on note, in order', () => {
    expect(ids()).toEqual([
      'r1:thank-you:iv-ada',
      'r1:thank-you:iv-bo',
      'r1:thank-contact',
      'linkedin:iv-ada',
      'r1:check-in:1',
      'r1:check-in:2',
      'r1:move-on',
    ]);
  });

  it('says when a panel is too big for every note to be its own, and not before', () => {
    const facts = factsWith({}, now);
    const [ada] = facts.interviewers;
    const panel = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ ...ada!, id: `iv-${i}`, name: `Person ${String.fromCharCode(65 + i)}` }));
    const notes = (n: number) => buildPlan({ ...facts, interviewers: panel(n) }, { now }).notes.join('\n');
    expect(notes(6)).not.toMatch(/people to thank/);
    expect(notes(7)).toMatch(
      /You have 7 people to thank after this interview\. .*add what you talked about with each person/,
    );
  });

  it('gives each interviewer step the form of address and what was discussed with that person, and none to others', () => {
    const facts = factsWith({}, now);
    const [ada, bo] = facts.interviewers;
    const people = [
      { ...ada!, addressAs: 'Dr Quill', discussed: 'forecast drift' },
      { ...bo!, addressAs: null, discussed: 'the data catalogue' },
    ];
    const steps = buildPlan({ ...facts, interviewers: people }, { now }).steps;
    const to = (id: string) => steps.find((s) => s.id === id)?.recipient;
    expect(to('r1:thank-you:iv-ada')).toMatchObject({ addressAs: 'Dr Quill', discussed: 'forecast drift' });
    expect(to('r1:thank-you:iv-bo')).toMatchObject({ addressAs: null, discussed: 'the data catalogue' });
    expect(to('linkedin:iv-ada')).toMatchObject({ addressAs: 'Dr Quill' });
    expect(to('r1:thank-contact')).toMatchObject({ addressAs: null, discussed: null });
  });

  it('keeps step ids when interviewers are reordered', () => {
    const facts = factsWith({}, now);
    const reversed = { ...facts, interviewers: [...facts.interviewers].reverse() };
    expect(new Set(buildPlan(reversed, { now }).steps.map((s) => s.id))).toEqual(new Set(ids()));
  });

  it('gives every step a reason, a guide and a window around its recommended moment', () => {
    for (const step of planFor().steps) {
      expect(step.reason.length).toBeGreaterThan(10);
      expect(step.guide.slug).toBeTruthy();
      expect(Date.parse(step.window.earliest.iso)).toBeLessThanOrEqual(Date.parse(step.recommended.iso));
      expect(Date.parse(step.recommended.iso)).toBeLessThanOrEqual(Date.parse(step.window.latest.iso));
    }
  });

  it('shows the range of positions where the sources disagree on timing', () => {
    const [thanks] = planFor().steps;
    expect(thanks?.disagreement).toEqual({ id: 'thank-you-timing', range: 'from “right away” to “within 48 hours”' });
    expect(planFor().steps.find((s) => s.kind === 'check-in')?.disagreement?.id).toBe('check-in-timing');
  });

  it('offers LinkedIn only to interviewers who agreed, after their thank-you', () => {
    const plan = planFor();
    const linked = plan.steps.filter((s) => s.kind === 'linkedin');
    expect(linked.map((s) => s.recipient.id)).toEqual(['iv-ada']);
    const thanks = plan.steps.find((s) => s.id === 'r1:thank-you:iv-ada');
    expect(Date.parse(linked[0]!.recommended.iso)).toBeGreaterThan(Date.parse(thanks!.recommended.iso));
  });

  it('sends check-ins to the contact, else to an interviewer who runs the hiring, else to the first', () => {
    const recipientOf = (overrides: Parameters<typeof factsWith>[0]) =>
      planFor(overrides).steps.find((s) => s.kind === 'check-in')?.recipient.name;
    const noContact = { contact: null };
    expect(recipientOf({})).toBe('Sam Reed');
    expect(recipientOf(noContact)).toBe('Ada Quill');
    const [ada, bo] = sampleInput().interviewers;
    const boRecruits = (title: string) => ({ ...noContact, interviewers: [ada!, { ...bo!, title }] });
    for (const title of ['Talent Partner', 'Senior Recruiter', 'HR Business Partner', 'Recruitment lead'])
      expect(recipientOf(boRecruits(title)), title).toBe('Bo Marchetti-Lind');
    for (const title of ['Senior Analyst', 'Chief People Officer', 'Hardware engineer'])
      expect(recipientOf(boRecruits(title)), title).toBe('Ada Quill');
  });

  it('marks the second check-in optional and puts a week between contacts', () => {
    const checks = planFor().steps.filter((s) => s.kind === 'check-in');
    expect(checks.map((s) => s.optional)).toEqual([false, true]);
    expect(
      Date.parse(checks[1]!.window.earliest.iso) - Date.parse(checks[0]!.window.latest.iso),
    ).toBeGreaterThanOrEqual(7 * 864e5 - 864e5);
  });

  it('checks in one to two business days after a decision date that falls on a Friday', () => {
    const check = planFor({ decision: { kind: 'decide-by', date: '2026-11-13' } }).steps.find(
      (s) => s.kind === 'check-in',
    );
    expect(check?.recommended.iso).toBe('2026-11-16T09:00:00+00:00');
    expect(check?.window.latest.iso).toBe('2026-11-17T17:00:00+00:00');
    expect(check?.reason).toContain('Friday 13 November');
  });

  it('thanks after a Friday-evening interview that same evening and says Monday is fine too', () => {
    const step = planFor({ interview: { date: '2026-11-06', time: '17:00' } }).steps[0];
    expect(step?.recommended.iso).toBe('2026-11-06T18:00:00+00:00');
    expect(step?.reason).toMatch(/Monday/);
  });

  it('drops a handwritten card at the front desk after an in-person interview, with no email', () => {
    const kinds = planFor({ notes: { channel: 'card' } })
      .steps.filter((s) => s.recipient.id === 'iv-ada')
      .map((s) => `${s.kind}/${s.delivery}`);
    expect(kinds).toEqual(['thank-you-card/front-desk', 'linkedin/null']);
  });

  it('adds an email when a card would go by post after a video interview', () => {
    const steps = planFor({ interview: { format: 'video' }, notes: { channel: 'card' } }).steps.filter(
      (s) => s.recipient.id === 'iv-ada',
    );
    expect(steps.map((s) => `${s.kind}/${s.channel}`)).toEqual([
      'thank-you/email',
      'thank-you-card/card',
      'linkedin/linkedin',
    ]);
    expect(steps[1]?.delivery).toBe('post');
  });

  it('plans thank-you calls when the user prefers the phone', () => {
    const step = planFor({ notes: { channel: 'phone' } }).steps[0];
    expect([step?.channel, step?.title]).toEqual(['phone', 'Call Ada Quill to say thank you']);
  });

  it('still thanks them after an interview that went badly, and says why', () => {
    const plan = planFor({ read: { went: 'badly' } });
    expect(plan.steps[0]?.kind).toBe('thank-you');
    expect(plan.steps[0]?.reason).toMatch(/answer their doubt/);
  });

  it('still thanks them when the role is not a fit, with no check-ins', () => {
    const plan = planFor({ read: { interest: 'no' } });
    expect(plan.steps.filter((s) => s.kind === 'thank-you')).toHaveLength(2);
    expect(plan.steps.some((s) => s.kind === 'check-in' || s.kind === 'move-on')).toBe(false);
    expect(plan.notes[0]).toMatch(/not a fit/);
  });

  it('adds a step to ask HR for feedback after a phone screen run by an agency', () => {
    const step = planFor({ interview: { format: 'agency-phone-screen' } }).steps.find((s) => s.kind === 'ask-feedback');
    expect(step?.recipient.kind).toBe('hr');
    expect(step?.guide.slug).toBe('feedback-after-phone-screen');
  });

  it('checks in with the recruiter when one helped, else with the first interviewer', () => {
    expect(planFor().steps.find((s) => s.kind === 'check-in')?.recipient.name).toBe('Sam Reed');
    expect(planFor({ contact: null }).steps.find((s) => s.kind === 'check-in')?.recipient.name).toBe('Ada Quill');
  });

  it('after a rejection, cancels the remaining check-ins and plans a reply within two business days', () => {
    const plan = planFor({ events: [event('rejected', '2026-11-06')] });
    expect(plan.steps.some((s) => s.kind === 'check-in' || s.kind === 'move-on')).toBe(false);
    expect(plan.cancelled.map((c) => c.id)).toEqual([
      'r1:check-in:1',
      'r1:check-in:2',
      'r1:move-on',
      'r1:thank-you:iv-ada',
      'r1:thank-you:iv-bo',
      'r1:thank-contact',
    ]);
    const reply = plan.steps.find((s) => s.kind === 'reply-to-rejection');
    expect([reply?.recommended.iso, reply?.window.latest.iso]).toEqual([
      '2026-11-09T09:00:00+00:00',
      '2026-11-10T17:00:00+00:00',
    ]);
    expect(plan.steps.some((s) => s.kind === 'linkedin')).toBe(true);
  });

  it('keeps a check-in marked done before the rejection arrived as history, and cancels the rest', () => {
    const facts = factsWith({ events: [event('rejected', '2026-11-16')] }, now);
    const plan = buildPlan(facts, { now, statuses: { 'r1:check-in:1': 'done', 'r1:check-in:2': 'skipped' } });
    expect(plan.steps.filter((s) => s.kind === 'check-in').map((s) => s.id)).toEqual(['r1:check-in:1']);
    expect(plan.cancelled.map((c) => c.id)).toContain('r1:check-in:2');
  });

  it('stops all check-ins after an offer', () => {
    const plan = planFor({ events: [event('offer', '2026-11-05')] });
    expect(plan.steps.some((s) => s.kind === 'check-in' || s.kind === 'move-on')).toBe(false);
    expect(plan.notes.join(' ')).toMatch(/offer/);
  });

  it('restarts the plan for another round, replacing the old check-ins', () => {
    const plan = planFor({ events: [event('another-round', '2026-11-09', { time: '14:00', stage: 'final' })] });
    const round2 = plan.steps.filter((s) => s.round === 2).map((s) => s.id);
    expect(round2).toEqual([
      'r2:thank-you:iv-ada',
      'r2:thank-you:iv-bo',
      'r2:thank-contact',
      'r2:check-in:1',
      'r2:check-in:2',
      'r2:move-on',
    ]);
    expect(plan.cancelled.map((c) => c.id)).toContain('r1:check-in:1');
    expect(plan.steps.find((s) => s.id === 'r2:thank-you:iv-ada')?.recommended.iso).toBe('2026-11-09T15:00:00+00:00');
  });

  it('brings the move-on note forward when there is still no reply after the last check-in', () => {
    const before = planFor().steps.find((s) => s.kind === 'move-on');
    const after = planFor({ events: [event('no-reply', '2026-11-20')] }).steps.find((s) => s.kind === 'move-on');
    expect(before?.recommended.iso).toBe('2026-11-26T09:00:00+00:00');
    expect(after?.recommended.iso).toBe('2026-11-20T09:00:00+00:00');
  });

  it('never adds check-ins for repeated "no reply" events', () => {
    const plan = planFor({
      events: [
        event('no-reply', '2026-11-10'),
        { ...event('no-reply', '2026-11-12'), id: 'b' },
        { ...event('no-reply', '2026-11-19'), id: 'c' },
      ],
    });
    expect(plan.steps.filter((s) => s.kind === 'check-in')).toHaveLength(2);
  });

  it('builds the same plan from the same facts, whatever the time', () => {
    const facts = factsWith({}, now);
    expect(buildPlan(facts, { now }).steps).toEqual(buildPlan(facts, { now: now + 864e5 }).steps);
  });
});
