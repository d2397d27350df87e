import { describe, expect, it } from 'vitest';
import { buildPlan } from '../plan/build-plan.ts';
import { factsWith } from '../testing/fixtures.ts';
import { stepHref } from '../ui/plan-links.ts';
import { shownDraft } from './step-draft.ts';
import { webCalendarLinks } from './web-calendars.ts';

const now = Date.parse('2026-11-03T12:00:00Z');
const plan = buildPlan(factsWith({}, now), { now });
const step = plan.steps[0]!;
const draft =
  'Hi Ada,\n\nThank you for the conversation today.\nI enjoyed it.\n\nOne more line.\nAnd another.\n\nRowan';
const links = webCalendarLinks({
  step,
  draft,
  siteUrl: 'https://followthrough.example',
  planHref: stepHref('p1', step.id),
});

describe('webCalendarLinks', () => {
  it("prefills Google Calendar with the step's title and its recommended half hour, in UTC", () => {
    const url = new URL(links.google);
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(url.searchParams.get('action')).toBe('TEMPLATE');
    expect(url.searchParams.get('text')).toBe(step.title);
    const [start, end] = url.searchParams.get('dates')!.split('/');
    const parse = (basic: string) =>
      Date.parse(basic.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'));
    expect(parse(start!)).toBe(Date.parse(step.recommended.iso));
    expect(parse(end!) - parse(start!)).toBe(30 * 60_000);
  });

  it('prefills Outlook with the same title and times, written as UTC ISO dates', () => {
    const url = new URL(links.outlook);
    expect(url.hostname).toBe('outlook.live.com');
    expect(url.searchParams.get('rru')).toBe('addevent');
    expect(url.searchParams.get('subject')).toBe(step.title);
    expect(Date.parse(url.searchParams.get('startdt')!)).toBe(Date.parse(step.recommended.iso));
    expect(url.searchParams.get('startdt')).toMatch(/Z$/);
    expect(Date.parse(url.searchParams.get('enddt')!) - Date.parse(step.recommended.iso)).toBe(30 * 60_000);
  });

  it('offers the same form for work and school accounts, in Outlook on the web for Microsoft 365', () => {
    const work = new URL(links.outlookWork);
    const personal = new URL(links.outlook);
    expect(work.hostname).toBe('outlook.office.com');
    expect(work.pathname).toBe(personal.pathname);
    expect(work.search).toBe(personal.search);
  });

  it("describes the event with the reason, the draft's first lines and a link back to the step", () => {
    for (const body of [
      new URL(links.google).searchParams.get('details')!,
      new URL(links.outlook).searchParams.get('body')!,
    ]) {
      expect(body.startsWith(step.reason)).toBe(true);
      expect(body).toContain('Hi Ada,\n\nThank you for the conversation today.\nI enjoyed it.\n\nOne more line.\n…');
      expect(body).not.toContain('And another.');
      expect(body).toContain(
        `Open the plan: https://followthrough.example/plan/?plan=p1&step=${encodeURIComponent(step.id)}`,
      );
    }
  });

  it('writes spaces as %20 rather than +', () => {
    expect(links.outlook).not.toMatch(/\+/);
    expect(links.google).toContain('%20');
  });
});

describe('shownDraft', () => {
  it("quotes the user's edit of the step's own draft when there is one, else the template", () => {
    const template = shownDraft(step, plan.facts, 'warm', {});
    expect(template).toMatch(/^Hi Ada,/);
    const key = `${step.id}|email|warm|body`;
    expect(shownDraft(step, plan.facts, 'warm', { [key]: 'My own words' })).toBe('My own words');
    expect(shownDraft(step, plan.facts, 'formal', { [key]: 'My own words' })).not.toBe('My own words');
  });
});
