import { describe, expect, it } from 'vitest';
import { defaultTab, draftKey, draftView, shownText, templateText } from './draft-view.ts';
import type { Drafts } from '../drafts/types.ts';

const drafts: Drafts = {
  email: { subject: 'Thank you', body: 'Dear Ada,\n\nThanks.' },
  card: 'Dear Ada, thanks.',
  linkedin: { free: 'Hi Ada', long: 'Hi Ada, longer' },
  phone: ['Say hello', 'Say thanks'],
};

describe('draft view', () => {
  it("opens on the step's own channel", () => {
    expect(defaultTab('card')).toBe('card');
    expect(defaultTab('linkedin')).toBe('linkedin');
    expect(defaultTab('none')).toBe('email');
  });

  it('gives each tab its text, with a subject only for email', () => {
    expect(templateText(drafts, 'email')).toEqual({ subject: 'Thank you', body: 'Dear Ada,\n\nThanks.' });
    expect(templateText(drafts, 'linkedin')).toEqual({ subject: null, body: 'Hi Ada' });
    expect(templateText(drafts, 'phone').body).toBe('• Say hello\n• Say thanks');
  });

  it("shows the user's edit over the template, even an empty one", () => {
    const key = draftKey('s1', 'email', 'warm', 'body');
    expect(shownText({}, key, 'template')).toBe('template');
    expect(shownText({ [key]: '' }, key, 'template')).toBe('');
  });
});

describe('draftView', () => {
  it('counts the message against its limit as the user edits it', async () => {
    const { validateFacts } = await import('../validate-facts.ts');
    const { buildPlan } = await import('../plan/build-plan.ts');
    const { newPlan } = await import('./plan-records.ts');
    const { input } = newPlan('p', '2026-03-02T12:00:00.000Z', 'Europe/London', 'iv-1');
    input.interview = { ...input.interview, date: '2026-03-02', time: '10:00', company: 'Acme', role: 'Analyst' };
    input.interviewers[0]!.name = 'Ada';
    const result = validateFacts(input, { now: Date.parse('2026-03-02T18:00:00Z') });
    if (!result.ok) throw new Error('facts should be valid');
    const step = buildPlan(result.facts, { now: 0 }).steps[0]!;
    const key = draftKey(step.id, 'email', 'warm', 'body');
    const view = draftView({
      step,
      facts: result.facts,
      tone: 'warm',
      tab: 'email',
      edits: { [key]: 'word '.repeat(500) },
    });
    expect(view?.size).toEqual({ label: '500 / 180 words', over: true });
    expect(view?.body.edited).toBe(true);
    expect(view?.mailto?.href).toMatch(/^mailto:\?subject=/);
  });
});
