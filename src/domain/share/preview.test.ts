import { describe, expect, it } from 'vitest';
import { buildPlan } from '../plan/build-plan.ts';
import { factsWith, inputWith, sampleInput } from '../testing/fixtures.ts';
import type { SavedPlan } from '../ui/saved-plans.ts';
import { clashQuestion, sharedPreview } from './preview.ts';

const now = Date.parse('2026-11-03T12:00:00Z');
const plan = buildPlan(factsWith({}, now), { now });
const saved = (overrides: Partial<SavedPlan> = {}): SavedPlan => ({
  id: 'p',
  name: '',
  createdAt: '',
  updatedAt: '',
  step: 4,
  input: sampleInput(),
  statuses: { [plan.steps[0]!.id]: 'done', [plan.steps[1]!.id]: 'skipped' },
  drafts: {},
  draftTones: {},
  draftWordings: {},
  ...overrides,
});
const noNotes = inputWith({ notes: { strengths: '', correction: '', question: '' } });

describe('sharedPreview', () => {
  it('names the plan, the interview and the interviewers, and counts the settled steps', () => {
    const preview = sharedPreview(saved(), plan, 'en-GB');
    expect(preview.title).toBe('Harbour & Finch · Data Analyst');
    expect(preview.interview).toBe('Tuesday 3 November at 10:00');
    expect(preview.people).toEqual(['Ada Quill, Head of Analytics', 'Bo Marchetti-Lind, Senior Analyst']);
    expect(preview.progress).toBe(`2 of ${plan.steps.length} steps done or skipped.`);
    expect(preview.steps.map((s) => s.status).slice(0, 3)).toEqual(['✓ Done', 'Skipped', '']);
  });

  it('says what the link carried besides the facts', () => {
    const drafts = { a: 'x', b: 'y' };
    expect(sharedPreview(saved(), plan, 'en-GB').extras).toBe('Your notes are included.');
    expect(sharedPreview(saved({ drafts }), plan, 'en-GB').extras).toBe(
      'Your notes are included, and 2 edited drafts.',
    );
    expect(sharedPreview(saved({ input: noNotes }), plan, 'en-GB').extras).toBe(
      'No notes or edited drafts are in this link.',
    );
    expect(sharedPreview(saved({ input: noNotes, drafts: { a: 'x' } }), plan, 'en-GB').extras).toBe(
      '1 edited draft is included; no notes.',
    );
  });
});

describe('clashQuestion', () => {
  it('names the plan already here and when each copy last changed', () => {
    const here = saved({ updatedAt: '2026-11-03T09:15:00.000Z' });
    const arriving = saved({ updatedAt: '2026-11-04T18:40:00.000Z' });
    expect(clashQuestion(here, arriving, 'en-GB', 'Europe/London')).toBe(
      '“Harbour & Finch · Data Analyst” is already in this browser. The one here last changed Tuesday 3 November at 09:15; the one in the link, Wednesday 4 November at 18:40. Replace it with the plan from the link, or keep both?',
    );
  });

  it('leaves the dates out when one is unknown', () => {
    expect(clashQuestion(saved(), saved(), 'en-GB', 'Europe/London')).toBe(
      '“Harbour & Finch · Data Analyst” is already in this browser. Replace it with the plan from the link, or keep both?',
    );
  });
});
