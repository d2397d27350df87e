import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../plan/build-plan.ts';
import { factsWith } from '../testing/fixtures.ts';
import { tableFor } from '../testing/holiday-tables.ts';
import { escapeText, foldLine, sequenceOf, toIcs } from './ics.ts';

const now = Date.parse('2026-11-20T12:00:00Z');
const planFor = (overrides: Parameters<typeof factsWith>[0] = {}) => buildPlan(factsWith(overrides, now), { now });
const parse = (ics: string) =>
  new ICAL.Component(ICAL.parse(ics) as unknown[])
    .getAllSubcomponents('vevent')
    .map((v) => ({ vevent: v, event: new ICAL.Event(v) }));
const octets = (line: string) => new TextEncoder().encode(line).length;

describe('toIcs', () => {
  it('writes one event per step that an independent parser reads back', () => {
    const plan = planFor();
    const events = parse(toIcs(plan));
    expect(events).toHaveLength(plan.steps.length);
    plan.steps.forEach((step, i) => {
      const { event } = events[i]!;
      expect(event.summary).toBe(step.optional ? `${step.title} (optional)` : step.title);
      expect(event.startDate.toJSDate().getTime()).toBe(Date.parse(step.recommended.iso));
      expect(event.description).toContain(step.reason);
    });
  });

  it('uses CRLF line endings and folds every line at 75 octets without splitting a character', () => {
    const ics = toIcs(planFor({ interview: { company: 'Société Générale de Café — 北京 ' + 'é'.repeat(80) } }));
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(ics).not.toContain('\uFFFD');
  });

  it('escapes commas, semicolons, backslashes and line breaks in text', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const events = parse(toIcs(planFor({ interview: { company: 'Harbour, Finch; & Co\\Ltd' } })));
    expect(events.some(({ event }) => event.description.includes('Harbour, Finch; & Co\\Ltd'))).toBe(true);
  });

  it('folds a long line of multi-byte characters into lines of at most 75 octets that join back exactly', () => {
    const line = `SUMMARY:${'日本語'.repeat(40)}`;
    const folded = foldLine(line);
    expect(folded.split('\r\n').every((l) => octets(l) <= 75)).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('keeps the same UID for a step across exports, so re-importing updates instead of duplicating', () => {
    const facts = factsWith({}, now);
    const first = parse(toIcs(buildPlan(facts, { now })));
    const later = parse(toIcs(buildPlan(facts, { now: now + 3 * 864e5 })));
    expect(later.map((e) => e.event.uid)).toEqual(first.map((e) => e.event.uid));
    const seq = (x: typeof first) => Number(x[0]!.vevent.getFirstPropertyValue('sequence'));
    expect(seq(later)).toBeGreaterThan(seq(first));
  });

  it('uses the plan id the app passes for UIDs', () => {
    const [first] = parse(toIcs(planFor(), { planId: 'plan-42' }));
    expect(first?.event.uid).toBe('r1-thank-you-iv-ada.plan-42@follow-through');
  });

  it('writes times in UTC so that a London summer morning lands at the right instant', () => {
    const ics = toIcs(planFor({ interview: { date: '2026-07-01', time: '10:00' } }));
    expect(ics).toContain('DTSTART:20260701T100000Z');
  });

  it('adds a reminder to every event', () => {
    for (const { vevent } of parse(toIcs(planFor()))) {
      const alarm = vevent.getFirstSubcomponent('valarm');
      expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
      expect(String(alarm?.getFirstPropertyValue('trigger'))).toBe('-PT15M');
    }
  });

  it("puts the step's draft in the description", () => {
    const [first] = parse(toIcs(planFor()));
    expect(first?.event.description).toMatch(/Subject: \S/);
    expect(first?.event.description).toContain('Hi Ada,');
  });

  it("keeps its structure for moved steps, with the move's reason and the recipient's time in the description", () => {
    const facts = factsWith(
      {
        interview: { date: '2026-03-30', time: '10:00', timeZone: 'Europe/London', theirTimeZone: 'America/New_York' },
        contact: null,
      },
      Date.parse('2026-03-01T12:00:00Z'),
    );
    const plan = buildPlan(facts, { now, holidays: { region: 'US', table: tableFor('US') } });
    const events = parse(toIcs(plan));
    expect(events).toHaveLength(plan.steps.length);
    const checkIn = events.find((e) => e.event.uid.startsWith('r1-check-in-1'))!.event;
    expect(checkIn.description).toContain('For them: Monday 6 April at 09:00 in New York.');
    const england = buildPlan(
      factsWith(
        { interview: { date: '2026-03-30', time: '10:00' }, contact: null },
        Date.parse('2026-03-01T12:00:00Z'),
      ),
      { now, holidays: { region: 'GB-ENG', table: tableFor('GB-ENG') } },
    );
    const first = parse(toIcs(england)).find((e) => e.event.uid.startsWith('r1-check-in-1'))!.event;
    expect(first.description).toContain(
      'Mon 6 April is Easter Monday, a bank holiday in England: moved to Tue 7 April.',
    );
    expect(first.startDate.toJSDate().toISOString()).toBe('2026-04-07T08:00:00.000Z');
  });

  it('sends cancelled steps as cancelled events with their old UIDs', () => {
    const plan = planFor({
      events: [{ id: 'r', kind: 'rejected', date: '2026-11-06', time: '', durationMinutes: '', stage: '' }],
    });
    const cancelled = parse(toIcs(plan)).filter(({ vevent }) => vevent.getFirstPropertyValue('status') === 'CANCELLED');
    // A rejection ends the chasing and the thanks still to do (events.ts): each goes out cancelled.
    expect(cancelled.map((e) => e.event.uid.split('.')[0])).toEqual(plan.cancelled.map((c) => c.id.replace(/:/g, '-')));
    expect(cancelled.map((e) => e.event.uid.split('.')[0])).toEqual(
      expect.arrayContaining(['r1-check-in-1', 'r1-check-in-2', 'r1-move-on', 'r1-thank-you-iv-ada']),
    );
  });

  it("counts SEQUENCE from the plan's last change: the same for an unchanged plan, higher after an edit", () => {
    const plan = planFor();
    const seq = (ics: string) => parse(ics).map(({ vevent }) => Number(vevent.getFirstPropertyValue('sequence')));
    const first = seq(toIcs(plan, { planId: 'p', revision: '2026-11-03T18:00:00.000Z' }));
    const again = seq(
      toIcs(buildPlan(plan.facts, { now: now + 3_600_000 }), { planId: 'p', revision: '2026-11-03T18:00:00.000Z' }),
    );
    const edited = seq(toIcs(plan, { planId: 'p', revision: '2026-11-03T18:00:05.000Z' }));
    expect(again).toEqual(first);
    expect(edited.every((n, i) => n > first[i]!)).toBe(true);
    expect(sequenceOf('2025-01-01T00:00:10Z')).toBe(10);
    expect(sequenceOf('not a date')).toBe(0);
  });

  it('times every event at the recommended moment, never as an all-day event', () => {
    const plan = planFor();
    parse(toIcs(plan)).forEach(({ event }, i) => {
      expect(event.startDate.isDate).toBe(false);
      expect(event.startDate.toJSDate().getTime()).toBe(Date.parse(plan.steps[i]!.recommended.iso));
      expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(30 * 60_000);
    });
  });

  it('links each event back to its step in the plan when the plan id and site are known', () => {
    const plan = planFor();
    const [first] = parse(toIcs(plan, { planId: 'plan-42', siteUrl: 'https://followthrough.example' }));
    expect(first?.event.description).toContain(
      `Open the plan: https://followthrough.example/plan/?plan=plan-42&step=${encodeURIComponent(plan.steps[0]!.id)}`,
    );
  });

  it('writes a single step, with the UID it has in the whole plan, when asked for one', () => {
    const plan = planFor();
    const whole = parse(toIcs(plan, { planId: 'p' }));
    const one = parse(toIcs(plan, { planId: 'p', onlyStep: plan.steps[2]!.id }));
    expect(one).toHaveLength(1);
    expect(one[0]!.event.uid).toBe(whole[2]!.event.uid);
  });

  it('follows progress: done and skipped steps come back cancelled under their own UIDs, with what was logged', () => {
    const plan = planFor();
    const [thanks, , , , checkIn] = plan.steps;
    const before = parse(toIcs(plan, { planId: 'p' }));
    const after = parse(
      toIcs(plan, {
        planId: 'p',
        statuses: { [thanks!.id]: 'done', [checkIn!.id]: 'skipped' },
        log: {
          [thanks!.id]: {
            at: '2026-11-03T16:20:00.000Z',
            channel: 'email',
            note: 'she replied: decision next week',
            reply: 'none',
            newDate: '',
          },
        },
      }),
    );
    expect(after.map((e) => e.event.uid)).toEqual(before.map((e) => e.event.uid));
    const status = (e: (typeof after)[number]) => e.vevent.getFirstPropertyValue('status');
    const done = after.find((e) => e.event.uid === before[0]!.event.uid)!;
    expect(status(done)).toBe('CANCELLED');
    expect(done.event.summary).toBe(`Done: ${thanks!.title}`);
    expect(done.event.description).toBe(
      'Done Tuesday 3 November at 16:20 by email.\nNote: she replied: decision next week',
    );
    expect(done.vevent.getAllSubcomponents('valarm')).toHaveLength(0);
    const skipped = after.find((e) => e.event.summary === `Skipped: ${checkIn!.title}`)!;
    expect(status(skipped)).toBe('CANCELLED');
    expect(after.filter((e) => status(e) === 'CONFIRMED')).toHaveLength(plan.steps.length - 2);
  });

  it("quotes the draft as the user left it: their edited subject and text, in the step's own tone", () => {
    const plan = planFor();
    const step = plan.steps[0]!;
    const edits = {
      [`${step.id}|email|formal|subject`]: 'Thank you, from Rowan',
      [`${step.id}|email|formal|body`]: 'Dear Ada,\n\nMy own words — “exactly”.\n\nRowan',
    };
    const [event] = parse(toIcs(plan, { edits, tones: { [step.id]: 'formal' }, onlyStep: step.id }));
    expect(event!.event.description).toContain(
      'Subject: Thank you, from Rowan\n\nDear Ada,\n\nMy own words — “exactly”.\n\nRowan',
    );
    // Another tone's edit is not what they will send.
    const [warm] = parse(toIcs(plan, { edits, onlyStep: step.id }));
    expect(warm!.event.description).not.toContain('My own words');
  });
});
