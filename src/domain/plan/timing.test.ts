import { describe, expect, it } from 'vitest';
import { instantOf, localFrom, momentAt } from '../time/wall-clock.ts';
import { makeSchedule } from './schedule.ts';
import { cardTiming, checkInTimings, rejectionReplyTiming, thankYouTiming } from './timing.ts';

/** A wall-clock time in a zone, as the instant the planner works with (zone kept alongside). */
const at = (date: string, time: string, zone = 'Europe/London') => ({
  ms: instantOf(localFrom(date, time), zone),
  zone,
});
type At = ReturnType<typeof at>;
const iso = (ms: number, zone = 'Europe/London') => momentAt(ms, zone).iso;
const thanks = (end: At, call = false) => {
  const t = thankYouTiming(end.ms, makeSchedule(end.zone), call);
  return { case: t.case, recommended: iso(t.recommended, end.zone), latest: iso(t.latest, end.zone) };
};
const checks = (end: At, thanked: At, decision: string | null) =>
  checkInTimings(end.ms, thanked.ms, decision ? localFrom(decision) : null, makeSchedule(end.zone)).map((t) => ({
    earliest: iso(t.earliest, end.zone),
    recommended: iso(t.recommended, end.zone),
    latest: iso(t.latest, end.zone),
    pushed: t.pushed,
  }));

describe('thank-you timing', () => {
  it('recommends the same day when the interview ended by mid-afternoon', () => {
    expect(thanks(at('2026-11-03', '11:00'))).toEqual({
      case: 'same-day',
      recommended: '2026-11-03T11:00:00+00:00',
      latest: '2026-11-04T11:00:00+00:00',
    });
  });

  it('waits for the working day when an interview ended before 9:00', () => {
    expect(thanks(at('2026-11-03', '07:30')).recommended).toBe('2026-11-03T09:00:00+00:00');
  });

  it('recommends the next morning after a late-afternoon interview, latest 24 hours after it ended', () => {
    expect(thanks(at('2026-11-05', '16:00'))).toEqual({
      case: 'next-morning',
      recommended: '2026-11-06T09:00:00+00:00',
      latest: '2026-11-06T16:00:00+00:00',
    });
  });

  it('recommends the same evening after a Friday-evening interview, with Monday noon as the deadline', () => {
    expect(thanks(at('2026-10-30', '18:00'))).toEqual({
      case: 'weekend-evening',
      recommended: '2026-10-30T18:00:00+00:00',
      latest: '2026-11-02T12:00:00+00:00',
    });
  });

  it('moves the thank-you for an interview ending after 21:00 on a Friday to Monday morning, never at night', () => {
    expect(thanks(at('2026-10-30', '21:30'))).toEqual({
      case: 'after-weekend',
      recommended: '2026-11-02T09:00:00+00:00',
      latest: '2026-11-02T12:00:00+00:00',
    });
  });

  it('never suggests a thank-you call on a Friday evening', () => {
    expect(thanks(at('2026-10-30', '18:00'), true).recommended).toBe('2026-11-02T09:00:00+00:00');
  });

  it('stretches the deadline to Monday noon when the 24-hour mark falls on Saturday', () => {
    expect(thanks(at('2026-10-30', '10:00')).latest).toBe('2026-11-02T12:00:00+00:00');
  });

  it('moves a thank-you after a Saturday interview to Monday morning', () => {
    expect(thanks(at('2026-10-31', '11:00')).recommended).toBe('2026-11-02T09:00:00+00:00');
  });

  it('handles the spring clock change in London: Friday thank-you, Monday deadline in summer time', () => {
    expect(thanks(at('2026-03-27', '17:00'))).toEqual({
      case: 'weekend-evening',
      recommended: '2026-03-27T17:00:00+00:00',
      latest: '2026-03-30T12:00:00+01:00',
    });
  });

  it('handles an interview that ends just after midnight on the night London springs forward', () => {
    expect(thanks(at('2026-03-29', '00:30')).recommended).toBe('2026-03-30T09:00:00+01:00');
  });

  it('handles the autumn clock change in London after a Saturday interview', () => {
    expect(thanks(at('2026-10-24', '16:00'))).toMatchObject({
      recommended: '2026-10-26T09:00:00+00:00',
      latest: '2026-10-26T12:00:00+00:00',
    });
  });

  it('handles the spring clock change in New York', () => {
    const ny = (date: string, time: string) => at(date, time, 'America/New_York');
    expect(thanks(ny('2026-03-06', '18:00'))).toEqual({
      case: 'weekend-evening',
      recommended: '2026-03-06T18:00:00-05:00',
      latest: '2026-03-09T12:00:00-04:00',
    });
  });

  it('handles the autumn clock change in New York', () => {
    const ny = (date: string, time: string) => at(date, time, 'America/New_York');
    expect(thanks(ny('2026-10-30', '16:30'))).toEqual({
      case: 'weekend-evening',
      recommended: '2026-10-30T16:30:00-04:00',
      latest: '2026-11-02T12:00:00-05:00',
    });
  });

  it('thanks across the New Year on the first business morning of January', () => {
    expect(thanks(at('2027-12-31', '21:15'))).toMatchObject({
      recommended: '2028-01-03T09:00:00+00:00',
      latest: '2028-01-03T12:00:00+00:00',
    });
  });

  it('keeps the half-hour offset in Asia/Kolkata', () => {
    const kolkata = at('2026-11-02', '15:00', 'Asia/Kolkata');
    expect(thanks(kolkata)).toEqual({
      case: 'same-day',
      recommended: '2026-11-02T15:00:00+05:30',
      latest: '2026-11-03T15:00:00+05:30',
    });
  });
});

describe('card timing', () => {
  it('drops a card the same business day when the interview ended by mid-afternoon', () => {
    const t = cardTiming(at('2026-11-03', '11:00').ms, makeSchedule('Europe/London'));
    expect([iso(t.recommended), iso(t.latest)]).toEqual(['2026-11-03T11:00:00+00:00', '2026-11-04T17:00:00+00:00']);
  });

  it('drops a card for a Friday-evening interview on Monday, the next business day', () => {
    const t = cardTiming(at('2026-10-30', '18:00').ms, makeSchedule('Europe/London'));
    expect([iso(t.recommended), iso(t.latest)]).toEqual(['2026-11-02T09:00:00+00:00', '2026-11-02T17:00:00+00:00']);
  });
});

describe('check-in timing', () => {
  it('checks in one to two business days after a decision date on a Friday: Monday, latest Tuesday', () => {
    const [first] = checks(at('2026-10-20', '11:00'), at('2026-10-20', '11:00'), '2026-11-06');
    expect([first!.recommended, first!.latest]).toEqual(['2026-11-09T09:00:00+00:00', '2026-11-10T17:00:00+00:00']);
  });

  it('checks in about a week after the interview when no date was given', () => {
    const [first] = checks(at('2026-11-03', '11:00'), at('2026-11-03', '11:00'), null);
    expect(first!.recommended).toBe('2026-11-10T09:00:00+00:00');
  });

  it('moves a check-in that falls on a Saturday to Monday morning', () => {
    const [first] = checks(at('2026-10-31', '11:00'), at('2026-11-02', '09:00'), null);
    expect(first!.recommended).toBe('2026-11-09T09:00:00+00:00');
  });

  it('waits a full week after the thank-you when the decision date is very soon', () => {
    const [first] = checks(at('2026-11-03', '11:00'), at('2026-11-03', '11:00'), '2026-11-04');
    expect(first!.pushed).toBe(true);
    expect(first!.recommended).toBe('2026-11-10T09:00:00+00:00');
  });

  it('opens the optional second check-in at least a week after the first closes', () => {
    const [first, second] = checks(at('2026-11-03', '11:00'), at('2026-11-03', '11:00'), null);
    expect(first!.latest).toBe('2026-11-11T17:00:00+00:00');
    expect(second!.earliest).toBe('2026-11-18T09:00:00+00:00');
  });

  it('lands a check-in on a leap day', () => {
    const [first] = checks(at('2028-02-22', '11:00'), at('2028-02-22', '11:00'), null);
    expect(first!.recommended).toBe('2028-02-29T09:00:00+00:00');
  });

  it('checks in after a decision date on a leap day the next day, 1 March', () => {
    const [first] = checks(at('2028-02-15', '11:00'), at('2028-02-15', '11:00'), '2028-02-29');
    expect(first!.recommended).toBe('2028-03-01T09:00:00+00:00');
  });

  it('keeps the check-in at 9:00 local time across the New York spring clock change', () => {
    const [first] = checks(
      at('2026-03-06', '10:00', 'America/New_York'),
      at('2026-03-06', '10:00', 'America/New_York'),
      null,
    );
    expect(first!.recommended).toBe('2026-03-13T09:00:00-04:00');
  });
});

describe('rejection reply timing', () => {
  it('recommends replying the next business day, latest two business days later', () => {
    const t = rejectionReplyTiming(localFrom('2026-11-06'), makeSchedule('Europe/London'));
    expect([iso(t.recommended), iso(t.latest)]).toEqual(['2026-11-09T09:00:00+00:00', '2026-11-10T17:00:00+00:00']);
  });
});
