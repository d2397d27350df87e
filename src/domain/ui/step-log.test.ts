import { describe, expect, it } from 'vitest';
import { buildPlan } from '../plan/build-plan.ts';
import { factsWith } from '../testing/fixtures.ts';
import { defaultLog, LOG_ERRORS, logFormFor, logLines, readLogForm } from './step-log.ts';
import { MOVE_ERRORS } from './step-move.ts';

const now = Date.parse('2026-11-20T12:00:00Z');
const zone = 'Europe/London';
const step = buildPlan(factsWith({}, now), { now }).steps.find((s) => s.kind === 'check-in')!;

describe('the log of a done step', () => {
  it('records now, by the step’s own channel, with no note, when a step is marked done', () => {
    expect(defaultLog(step, now)).toEqual({
      at: '2026-11-20T12:00:00.000Z',
      channel: 'email',
      note: '',
      reply: 'none',
      newDate: '',
    });
  });

  it('reads the form back into the same log, on the user’s clock, keeping the note exactly as typed', () => {
    const log = { ...defaultLog(step, now), note: '  left a voicemail — “call me”  ', channel: 'phone' as const };
    const form = logFormFor(log, zone);
    expect(form).toMatchObject({ date: '2026-11-20', time: '12:00' });
    expect(readLogForm(form, zone, now)).toEqual({ ok: true, log });
  });

  it('says what is wrong with each field, and refuses a moment still to come', () => {
    const form = {
      ...logFormFor(defaultLog(step, now), zone),
      date: '2026-13-01',
      time: '9',
      reply: 'new-date' as const,
    };
    expect(readLogForm(form, zone, now)).toEqual({
      ok: false,
      errors: { date: MOVE_ERRORS.badDate, time: MOVE_ERRORS.badTime, newDate: LOG_ERRORS.noNewDate },
    });
    const later = { ...logFormFor(defaultLog(step, now), zone), time: '18:00' };
    expect(readLogForm(later, zone, now)).toEqual({ ok: false, errors: { date: LOG_ERRORS.future } });
  });

  it('reads as lines: when and how, the note, and the date they gave', () => {
    const log = {
      ...defaultLog(step, now),
      note: 'she replied: decision next week',
      reply: 'new-date' as const,
      newDate: '2026-11-27',
    };
    expect(logLines(log, zone)).toEqual([
      'Done Friday 20 November at 12:00 by email.',
      'Note: she replied: decision next week',
      'They gave a new date: Friday 27 November.',
    ]);
  });
});
