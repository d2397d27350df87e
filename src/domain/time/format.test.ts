import { describe, expect, it } from 'vitest';
import { describeRelative, formatDay, formatMoment } from './format.ts';

const moment = { iso: '2026-11-20T09:00:00-05:00', zone: 'America/New_York' };

describe('date wording', () => {
  it('names a day the way a reader says it', () => {
    expect(formatDay('2026-11-03')).toBe('Tuesday 3 November');
  });

  it('formats a moment in its own zone, whatever zone the computer is in', () => {
    expect(formatMoment(moment)).toBe('Friday 20 November at 09:00');
  });

  it('says "tomorrow" by calendar day in the moment\'s zone', () => {
    expect(describeRelative(moment, Date.parse('2026-11-19T23:30:00-05:00'))).toBe('tomorrow');
  });

  it('says "in 6 days" and "2 days ago"', () => {
    expect(describeRelative(moment, Date.parse('2026-11-14T12:00:00-05:00'))).toBe('in 6 days');
    expect(describeRelative(moment, Date.parse('2026-11-22T12:00:00-05:00'))).toBe('2 days ago');
  });

  it('switches to weeks beyond a fortnight', () => {
    expect(describeRelative(moment, Date.parse('2026-10-20T12:00:00-05:00'))).toBe('in 4 weeks');
  });
});
