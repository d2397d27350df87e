import { describe, expect, it } from 'vitest';
import { buildPlan } from '../plan/build-plan.ts';
import { factsWith } from '../testing/fixtures.ts';
import { beforeYouGo, planStartsSentence, settingOf, type Setting } from './before-you-go.ts';
import { draftsLaterSentence, draftsOpen, roundAhead } from './interview-ahead.ts';

// The sample interview: Tuesday 3 November 2026, 10:00 to 11:00 in London.
const before = Date.parse('2026-10-20T12:00:00Z');
const during = Date.parse('2026-11-03T10:30:00Z');
const after = Date.parse('2026-11-03T11:00:00Z');

describe('an interview still ahead', () => {
  const facts = factsWith({}, before);
  const plan = buildPlan(facts, { now: before });

  it('is the round ahead until the moment it ends', () => {
    expect(roundAhead(facts, before)?.round).toBe(1);
    expect(roundAhead(facts, during)?.round).toBe(1);
    expect(roundAhead(facts, after)).toBeNull();
  });

  it('says when the plan starts', () => {
    expect(planStartsSentence(roundAhead(facts, before)!, 'en-GB')).toBe(
      'Your plan starts after the interview ends on Tuesday 3 November at 11:00.',
    );
  });

  it('keeps every draft closed until the interview has ended', () => {
    for (const step of plan.steps) {
      expect(draftsOpen(step, facts, during)).toBe(false);
      expect(draftsOpen(step, facts, after)).toBe(true);
    }
    expect(draftsLaterSentence(roundAhead(facts, before)!, 'en-GB')).toMatch(
      /^Drafts open once the interview has ended \(Tuesday 3 November at 11:00\)/,
    );
  });

  it('opens a later round’s drafts only when that round has ended', () => {
    const withRound = factsWith(
      {
        events: [
          { id: 'r2', kind: 'another-round', date: '2026-11-12', time: '14:00', durationMinutes: '45', stage: 'later' },
        ],
      },
      Date.parse('2026-11-10T12:00:00Z'),
    );
    const now = Date.parse('2026-11-10T12:00:00Z');
    const steps = buildPlan(withRound, { now }).steps;
    const r2 = steps.filter((s) => s.round === 2);
    expect(r2.length).toBeGreaterThan(0);
    expect(r2.every((s) => !draftsOpen(s, withRound, now))).toBe(true);
    expect(steps.filter((s) => s.round === 1).every((s) => draftsOpen(s, withRound, now))).toBe(true);
    expect(roundAhead(withRound, now)?.round).toBe(2);
    expect(planStartsSentence(roundAhead(withRound, now)!, 'en-GB')).toMatch(
      /^Round 2’s follow-up starts after it ends on Thursday 12 November at 14:45; what is still open/,
    );
  });

  it('has a checklist of distinct things, each linking a section of the "before you leave" guide', () => {
    for (const setting of ['in-person', 'remote', 'either'] as Setting[]) {
      const items = beforeYouGo(setting);
      expect(new Set(items.map((i) => i.more)).size).toBe(items.length);
      for (const item of items)
        expect(item.guide).toMatchObject({ slug: 'before-you-leave', fragment: expect.any(String) as string });
    }
  });

  it('says the checklist for where the round takes place: no business cards or rooms on a call', () => {
    expect(settingOf(1, 'video')).toBe('remote');
    expect(settingOf(1, 'agency-phone-screen')).toBe('remote');
    expect(settingOf(1, 'panel')).toBe('in-person');
    expect(settingOf(2, 'in-person')).toBe('either');
    const said = (setting: Setting) =>
      beforeYouGo(setting)
        .map((i) => i.text)
        .join('\n');
    expect(said('in-person')).toMatch(/business card/);
    expect(said('in-person')).toMatch(/out of the room/);
    expect(said('remote')).not.toMatch(/business card|room|face to face|before you (?:go|leave)/);
    expect(said('remote')).toMatch(/before the call ends/);
    // A later round's format is never asked: nothing that assumes one or the other.
    expect(said('either')).not.toMatch(/out of the room|face to face|call ends|before you (?:go|leave)/);
    expect(said('either')).toMatch(/If you meet in person, ask each interviewer for a business card/);
  });
});
