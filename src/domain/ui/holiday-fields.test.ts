import { describe, expect, it } from 'vitest';
import { holidayInput } from '../holidays/loading.ts';
import { inputWith } from '../testing/fixtures.ts';
import { tableFor } from '../testing/holiday-tables.ts';
import { factsWith } from '../testing/fixtures.ts';
import { buildPlan } from '../plan/build-plan.ts';
import { holidayNeedOf, regionSummary, theirZoneHint } from './holiday-fields.ts';
import { scheduleLine, stepWhen } from './step-view.ts';

const zones = new Map([
  ['Europe/London', 'GB-ENG'],
  ['America/New_York', 'US'],
]);

describe('the public holidays field', () => {
  it('follows your time zone, then theirs, unless a region is picked', () => {
    expect(holidayNeedOf(inputWith({}))).toEqual({ picked: null, theirZone: 'Europe/London' });
    expect(holidayNeedOf(inputWith({ interview: { theirTimeZone: 'America/New_York' } }))?.theirZone).toBe(
      'America/New_York',
    );
    expect(holidayNeedOf(inputWith({ interview: { region: 'GB-SCT' } }))?.picked).toBe('GB-SCT');
    expect(holidayNeedOf(inputWith({ interview: { timeZone: '' } }))).toBeNull();
  });

  it('says which region is in use and where it came from', () => {
    const tables = { 'GB-ENG': tableFor('GB-ENG'), US: tableFor('US') };
    expect(regionSummary(inputWith({}), zones, tables)).toBe('England, United Kingdom (from your time zone)');
    expect(regionSummary(inputWith({ interview: { theirTimeZone: 'America/New_York' } }), zones, tables)).toBe(
      'United States (from their time zone)',
    );
    expect(regionSummary(inputWith({ interview: { region: 'AQ' } }), zones, { AQ: 'missing' })).toBe(
      'Antarctica: no holiday data, so weekends only.',
    );
    expect(regionSummary(inputWith({}), 'loading', {})).toBe('Finding the region…');
    expect(regionSummary(inputWith({}), zones, { 'GB-ENG': 'loading' })).toBe('Finding the region…');
    expect(regionSummary(inputWith({}), zones, { 'GB-ENG': 'failed' })).toBe(
      'United Kingdom (ENG) (from your time zone)',
    );
  });

  it('waits for the files a plan needs, and falls back when they cannot be had', () => {
    const need = { picked: null, theirZone: 'Europe/London' };
    expect(holidayInput(need, 'loading', {})).toBe('loading');
    expect(holidayInput(need, zones, {})).toBe('loading');
    expect(holidayInput(need, zones, { 'GB-ENG': 'failed' })).toEqual({
      region: 'GB-ENG',
      table: null,
      unavailable: true,
    });
    expect(holidayInput(need, 'failed', {})).toEqual({ region: null, table: null, unavailable: true });
    expect(holidayInput({ picked: null, theirZone: 'UTC' }, zones, {})).toEqual({ region: null, table: null });
  });
});

describe('the hint to set their time zone', () => {
  it('appears after a remote interview at an hour few offices keep', () => {
    const late = inputWith({ interview: { format: 'video', time: '22:00' } });
    expect(theirZoneHint(late)).toMatch(/^Your interview started at 22:00 your time/);
    expect(theirZoneHint(inputWith({ interview: { format: 'video', time: '10:00' } }))).toBeNull();
    expect(theirZoneHint(inputWith({ interview: { format: 'in-person', time: '22:00' } }))).toBeNull();
  });

  it('appears when the holidays picked are another country’s, and goes once their zone is set', () => {
    const us = inputWith({ interview: { region: 'US' } });
    expect(theirZoneHint(us, zones)).toMatch(/^You picked holidays in United States/);
    expect(
      theirZoneHint(inputWith({ interview: { region: 'US', theirTimeZone: 'America/New_York' } }), zones),
    ).toBeNull();
  });
});

describe('both clocks in the plan', () => {
  const now = Date.parse('2026-03-01T12:00:00Z');
  const facts = factsWith(
    { interview: { date: '2026-03-10', time: '14:00', theirTimeZone: 'America/New_York' }, contact: null },
    now,
  );
  const plan = buildPlan(facts, { now, holidays: { region: 'US', table: tableFor('US') } });

  it('shows a step for them at both times: 13:00 for you, 09:00 in New York', () => {
    const checkIn = plan.steps.find((s) => s.kind === 'check-in')!;
    const when = stepWhen(checkIn, now, 'en-GB', plan.theirZone);
    expect(when.when).toMatch(/13:00/);
    expect(when.theirs).toBe('09:00 in New York');
  });

  it('gives the date too when it is another day for them', () => {
    const sydney = buildPlan(
      factsWith({ interview: { date: '2026-03-10', time: '14:00', theirTimeZone: 'Australia/Sydney' } }, now),
      { now },
    );
    const checkIn = sydney.steps.find((s) => s.kind === 'check-in')!;
    expect(stepWhen(checkIn, now, 'en-GB', sydney.theirZone).theirs).toMatch(
      /^[A-Z][a-z]{2} \d+ March, 09:00 in Sydney$/,
    );
  });

  it('says what the plan is timed around', () => {
    expect(scheduleLine(plan)).toBe(
      'Timed around public holidays in the United States, and their working hours in New York.',
    );
  });
});
