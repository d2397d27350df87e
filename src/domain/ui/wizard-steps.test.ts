import { describe, expect, it } from 'vitest';
import { validateFacts } from '../validate-facts.ts';
import { newPlan } from './plan-records.ts';
import {
  attentionMessage,
  clampStep,
  errorId,
  errorsForStep,
  fieldId,
  firstStepWithErrors,
  stepCounter,
  stepOfPath,
  WIZARD_STEPS,
} from './wizard-steps.ts';

describe('stepOfPath', () => {
  it('puts each form section on its screen', () => {
    expect(stepOfPath('interview.date')).toBe(0);
    expect(stepOfPath('interviewers')).toBe(1);
    expect(stepOfPath('interviewers.1.email')).toBe(1);
    expect(stepOfPath('contact.name')).toBe(1);
    expect(stepOfPath('decision.date')).toBe(2);
    expect(stepOfPath('read.went')).toBe(2);
    expect(stepOfPath('notes.userName')).toBe(3);
    expect(stepOfPath('events.0.date')).toBeNull();
  });
});

describe('errorsForStep and firstStepWithErrors', () => {
  const errors = [
    { path: 'notes.question', message: 'q' },
    { path: 'interviewers.0.name', message: 'n' },
    { path: 'interviewers.1.email', message: 'e' },
  ];

  it("keeps only the screen's errors, in order", () => {
    expect(errorsForStep(errors, 1).map((e) => e.path)).toEqual(['interviewers.0.name', 'interviewers.1.email']);
    expect(errorsForStep(errors, 0)).toEqual([]);
  });

  it('finds the earliest screen with an error', () => {
    expect(firstStepWithErrors(errors)).toBe(1);
    expect(firstStepWithErrors([])).toBeNull();
  });
});

describe('field ids', () => {
  it('turns a path into a valid, unique DOM id and its message id', () => {
    expect(fieldId('interviewers.0.email')).toBe('f-interviewers-0-email');
    expect(errorId('interview.date')).toBe('f-interview-date-error');
  });
});

describe('attentionMessage and stepCounter', () => {
  it('says how many fields need attention', () => {
    expect(attentionMessage(0)).toBe('');
    expect(attentionMessage(1)).toBe('1 field needs attention.');
    expect(attentionMessage(2)).toBe('2 fields need attention.');
  });

  it('counts steps from one', () => {
    expect(stepCounter(0)).toBe(`Step 1 of ${WIZARD_STEPS.length}`);
    expect(clampStep(99)).toBe(WIZARD_STEPS.length - 1);
    expect(clampStep(Number.NaN)).toBe(0);
  });
});

describe('a quick pass', () => {
  it('needs only the date and time, the company and one interviewer name on top of the defaults', () => {
    const { input } = newPlan('p', '2026-03-02T12:00:00.000Z', 'Europe/London', 'iv-1');
    const now = Date.parse('2026-03-02T18:00:00Z');
    const empty = validateFacts(input, { now });
    expect(empty.ok).toBe(false);
    if (!empty.ok) {
      expect(empty.errors.map((e) => e.path).sort()).toEqual(
        ['interview.company', 'interview.date', 'interview.time', 'interviewers.0.name'].sort(),
      );
    }
    input.interview = { ...input.interview, date: '2026-03-02', time: '10:00', company: 'Acme' };
    input.interviewers[0]!.name = 'Ada';
    expect(validateFacts(input, { now }).ok).toBe(true);
  });
});
