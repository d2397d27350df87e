import { describe, expect, it } from 'vitest';
import { buildPlan } from '../plan/build-plan.ts';
import { factsWith } from '../testing/fixtures.ts';
import type { DeepPartial } from '../testing/fixtures.ts';
import type { FactsInput } from '../facts-input.ts';
import { layoutTimeline, packRows, type TimelineOptions } from './timeline-layout.ts';

const now = Date.parse('2026-11-05T12:00:00Z');
const planFor = (overrides: DeepPartial<FactsInput> = {}) => buildPlan(factsWith(overrides, now), { now });
const options = (extra: Partial<TimelineOptions> = {}): TimelineOptions => ({
  statuses: {},
  nextId: null,
  now,
  locale: 'en-GB',
  width: 342,
  ...extra,
});

describe('layoutTimeline', () => {
  it('runs from the interview to the move-on date', () => {
    const plan = planFor();
    const layout = layoutTimeline(plan, options());
    const moveOn = layout.marks.find((m) => m.stepId === 'r1:move-on');
    expect(moveOn?.at).toBe(1);
    expect(Math.min(...layout.marks.map((m) => m.at))).toBeGreaterThan(0);
    expect(layout.caption).toBe('From your interview on 3 Nov to 26 Nov');
  });

  it('gives each person a lane, in the order they first come up, and notes to yourself a lane of your own', () => {
    const layout = layoutTimeline(planFor(), options());
    expect(layout.lanes.map((l) => l.name)).toEqual(['Ada Quill', 'Bo Marchetti-Lind', 'Sam Reed', 'You']);
    const lanes = layout.lanes.map((l) => l.id);
    expect(layout.marks.find((m) => m.stepId === 'linkedin:iv-ada')?.lane).toBe(lanes.indexOf('interviewer:iv-ada'));
    expect(layout.marks.find((m) => m.stepId === 'r1:check-in:1')?.lane).toBe(lanes.indexOf('contact:contact'));
  });

  it('drops a mark too close to the one before to a row of its own, within its lane', () => {
    const layout = layoutTimeline(planFor(), options());
    const ada = layout.lanes[0]!;
    // Ada's thank-you and her LinkedIn invitation a day later sit 11 px apart at 342 px: two rows.
    expect(ada.rows).toBe(2);
    const rows = layout.marks.filter((m) => m.lane === 0).map((m) => m.row);
    expect(new Set(rows)).toEqual(new Set([ada.row, ada.row + 1]));
    expect(layout.lanes[1]!.row).toBe(ada.row + 2);
    // With room to spare they share a row.
    expect(layoutTimeline(planFor(), options({ width: 2000 })).lanes[0]!.rows).toBe(1);
  });

  it('tells done, skipped, moved, past and to-do steps apart, in words as well as shape', () => {
    const facts = factsWith({}, now);
    const plan = buildPlan(facts, { now, moves: { 'r1:check-in:1': '2026-11-16T10:00:00.000Z' } });
    const layout = layoutTimeline(
      plan,
      options({
        statuses: { 'r1:thank-you:iv-ada': 'done', 'r1:thank-you:iv-bo': 'skipped' },
        nextId: 'r1:thank-contact',
      }),
    );
    const state = (id: string) => layout.marks.find((m) => m.stepId === id);
    expect(state('r1:thank-you:iv-ada')?.state).toBe('done');
    expect(state('r1:thank-you:iv-bo')?.state).toBe('skipped');
    expect(state('r1:thank-contact')).toMatchObject({ state: 'past', next: true });
    expect(state('r1:check-in:1')?.state).toBe('moved');
    expect(state('r1:check-in:1')?.label).toMatch(/: 16 Nov, 10:00\. Moved by you\.$/);
    expect(state('r1:check-in:2')?.state).toBe('moved');
    expect(state('r1:check-in:2')?.label).toMatch(/\. Moved with “Check in with Sam Reed about the decision”\.$/);
    expect(state('r1:move-on')?.state).toBe('moved');
    const unmoved = layoutTimeline(planFor(), options()).marks.find((m) => m.stepId === 'r1:move-on');
    expect(state('r1:thank-you:iv-ada')?.label).toBe('Email a thank-you to Ada Quill, by email: 3 Nov, 11:00. Done.');
    expect(state('r1:thank-contact')?.label).toMatch(
      /^Email Sam Reed to thank them for their help, by email: .*\. Date passed, next up\.$/,
    );
    expect(unmoved?.state).toBe('ahead');
    expect(unmoved?.label).toMatch(/a note to yourself: 26 Nov, 09:00\. To do\.$/);
  });

  it('marks today, the decision date and a later round, each labelled', () => {
    const plan = planFor({
      decision: { kind: 'decide-by', date: '2026-11-13' },
      events: [{ id: 'r2', kind: 'another-round', date: '2026-11-09', time: '14:00', durationMinutes: '', stage: '' }],
    });
    const lines = layoutTimeline(plan, options()).lines;
    expect(lines.map((l) => [l.kind, l.label, l.outside])).toEqual([
      ['today', 'Today', null],
      ['decision', 'Decision due 13 Nov', null],
      ['round', 'Round 2, 9 Nov', null],
    ]);
    const at = Object.fromEntries(lines.map((l) => [l.kind, l.at]));
    expect(at['today']).toBeLessThan(at['round']!);
    expect(at['round']).toBeLessThan(at['decision']!);
  });

  it('keeps today on the track, at its edge, for an interview still ahead or a plan long over', () => {
    const plan = planFor();
    const before = layoutTimeline(plan, options({ now: Date.parse('2026-11-01T12:00:00Z') })).lines[0];
    const after = layoutTimeline(plan, options({ now: Date.parse('2027-01-01T12:00:00Z') })).lines[0];
    expect(before).toMatchObject({ at: 0, outside: 'before', align: 'start' });
    expect(after).toMatchObject({ at: 1, outside: 'after', align: 'end' });
  });

  it('puts labels of lines too close to share a row on rows of their own', () => {
    const plan = planFor({ decision: { kind: 'will-call', date: '2026-11-06' } });
    const lines = layoutTimeline(plan, options()).lines;
    expect(lines.map((l) => [l.label, l.row])).toEqual([
      ['Today', 0],
      ['They call 6 Nov', 1],
    ]);
  });

  it('labels days on the axis no closer than 56 px, on day starts', () => {
    for (const width of [300, 342, 900]) {
      const ticks = layoutTimeline(planFor(), options({ width })).ticks;
      expect(ticks.length).toBeGreaterThan(2);
      ticks.slice(1).forEach((t, i) => expect((t.at - ticks[i]!.at) * width).toBeGreaterThanOrEqual(56));
    }
    expect(layoutTimeline(planFor(), options({ width: 342 })).ticks.map((t) => t.label)).toEqual([
      '4 Nov',
      '11 Nov',
      '18 Nov',
      '25 Nov',
    ]);
  });
});

describe('packRows', () => {
  it('puts each position in the first row with room for it', () => {
    expect(packRows([0, 0.05, 0.1, 0.2, 0.21], 0.1)).toEqual([0, 1, 0, 0, 1]);
  });
});
