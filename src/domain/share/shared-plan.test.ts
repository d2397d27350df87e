import { describe, expect, it } from 'vitest';
import { inputWith, sampleInput } from '../testing/fixtures.ts';
import type { SavedPlan } from '../ui/saved-plans.ts';
import { PLAN_STEP } from '../ui/wizard-steps.ts';
import { toBase64url } from './base64url.ts';
import { deflateText } from './compress.ts';
import { decodeSharedPlan, editedDraftCount, encodeSharedPlan, hasNotes, SHARE_MESSAGES } from './shared-plan.ts';
import { FILE_KIND } from '../ui/plans-file.ts';
import { STORAGE_VERSION } from '../ui/saved-plans.ts';

const now = Date.parse('2026-11-05T12:00:00Z');
const ALL = { notes: true, drafts: true };

function savedPlan(overrides: Partial<SavedPlan> = {}): SavedPlan {
  return {
    id: '5f0c2c1e-9d8a-4c43-a3a5-0d1e2f3a4b5c',
    name: 'Harbour & Finch, first round',
    createdAt: '2026-11-03T18:00:00.000Z',
    updatedAt: '2026-11-04T08:30:00.000Z',
    step: 2,
    input: sampleInput(),
    statuses: { 'r1:thank-you:iv-ada': 'done', 'r1:linkedin:iv-ada': 'skipped' },
    drafts: { 'r1:thank-you:iv-bo|email|warm|body': 'Hi Bo,\n\nThank you — “really”.\n\nRowan' },
    draftTones: { 'r1:thank-you:iv-bo': 'formal' },
    moves: { 'r1:check-in:1': '2026-11-12T10:30:00.000Z' },
    log: {
      'r1:thank-you:iv-ada': {
        at: '2026-11-03T17:05:00.000Z',
        channel: 'email',
        note: 'she replied: decision next week',
        reply: 'new-date',
        newDate: '2026-11-13',
      },
    },
    draftWordings: { 'r1:thank-you:iv-bo': 2 },
    ...overrides,
  };
}

/** Link data for any JSON value, packed the way a link is. */
const pack = async (value: unknown) => toBase64url(await deflateText(JSON.stringify(value)));
/** Link data for a one-plan export holding `plan` as given. */
const packPlan = (plan: unknown, version: number = STORAGE_VERSION) =>
  pack({ kind: FILE_KIND, version, plans: [plan] });

describe('encodeSharedPlan and decodeSharedPlan', () => {
  it('carry a plan there and back unchanged, opening on the plan screen', async () => {
    const plan = savedPlan();
    const result = await decodeSharedPlan(await encodeSharedPlan(plan, ALL), now);
    expect(result.ok && result.plan).toEqual({ ...plan, step: PLAN_STEP });
    expect(result.ok && result.reading).toEqual({
      ok: true,
      plans: [{ plan: { ...plan, step: PLAN_STEP }, needsNewId: false }],
      notes: [],
    });
  });

  it('open a link made before interviewers had "address as" and "what you discussed", reading both as empty', async () => {
    const plan = savedPlan();
    const old = JSON.parse(JSON.stringify(plan)) as { input: { interviewers: Record<string, unknown>[] } };
    for (const person of old.input.interviewers) {
      delete person['addressAs'];
      delete person['discussed'];
    }
    const result = await decodeSharedPlan(await packPlan(old), now);
    if (!result.ok) throw new Error(result.message);
    expect(result.plan.input.interviewers).toEqual(plan.input.interviewers);
  });

  it('count what was discussed with someone as a note, and leave it out with the notes', async () => {
    const plan = savedPlan({ input: inputWith({ notes: { strengths: '', correction: '', question: '' } }) });
    expect(hasNotes(plan)).toBe(false);
    plan.input.interviewers[0]!.discussed = 'her question about forecast drift';
    plan.input.interviewers[0]!.addressAs = 'Dr Quill';
    expect(hasNotes(plan)).toBe(true);
    const result = await decodeSharedPlan(await encodeSharedPlan(plan, { notes: false, drafts: true }), now);
    if (!result.ok) throw new Error(result.message);
    expect(result.plan.input.interviewers[0]).toMatchObject({ discussed: '', addressAs: 'Dr Quill' });
  });

  it('open a plan saved before moves and the log existed, with neither', async () => {
    const older: Partial<SavedPlan> = savedPlan();
    delete older.moves;
    delete older.log;
    const result = await decodeSharedPlan(await packPlan(older), now);
    if (!result.ok) throw new Error(result.message);
    expect(result.plan.moves).toEqual({});
    expect(result.plan.log).toEqual({});
    expect(result.reading.notes).toEqual([]);
  });

  it('use only URL-safe characters', async () => {
    expect(await encodeSharedPlan(savedPlan(), ALL)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('leave out the free-text notes and edited drafts when the user says so, and nothing else', async () => {
    const plan = savedPlan();
    const result = await decodeSharedPlan(await encodeSharedPlan(plan, { notes: false, drafts: false }), now);
    if (!result.ok) throw new Error(result.message);
    expect(result.plan.input.notes).toEqual({ ...plan.input.notes, strengths: '', correction: '', question: '' });
    expect(result.plan.drafts).toEqual({});
    expect(result.plan.input.interviewers).toEqual(plan.input.interviewers);
    expect(result.plan.statuses).toEqual(plan.statuses);
    expect(result.plan.draftTones).toEqual(plan.draftTones);
  });

  it('keep the words exactly as typed, accents, quotes and emoji included', async () => {
    const plan = savedPlan({
      input: inputWith({ notes: { strengths: 'Zoë’s “dashboards” 📈 — für alle' }, interview: { company: 'Ça & Co' } }),
    });
    const result = await decodeSharedPlan(await encodeSharedPlan(plan, ALL), now);
    expect(result.ok && result.plan.input.notes.strengths).toBe('Zoë’s “dashboards” 📈 — für alle');
    expect(result.ok && result.plan.input.interview.company).toBe('Ça & Co');
  });

  it('refuse a link cut short, saying it is incomplete', async () => {
    const data = await encodeSharedPlan(savedPlan(), ALL);
    for (const cut of [data.slice(0, -1), data.slice(0, -7), data.slice(0, data.length / 2)]) {
      expect(await decodeSharedPlan(cut, now)).toEqual({ ok: false, message: SHARE_MESSAGES.damaged });
    }
  });

  it('refuse a link with a character changed anywhere', async () => {
    const data = await encodeSharedPlan(savedPlan(), ALL);
    for (const at of [0, 5, Math.floor(data.length / 2), data.length - 3]) {
      const swapped = data[at] === 'A' ? 'B' : 'A';
      const damaged = `${data.slice(0, at)}${swapped}${data.slice(at + 1)}`;
      const result = await decodeSharedPlan(damaged, now);
      expect(result.ok, `changed at ${at}`).toBe(false);
    }
  });

  it('refuse characters that cannot be in a link and an empty link', async () => {
    expect(await decodeSharedPlan('abc+/def', now)).toEqual({ ok: false, message: SHARE_MESSAGES.damaged });
    expect(await decodeSharedPlan('', now)).toEqual({ ok: false, message: SHARE_MESSAGES.damaged });
  });

  it('refuse well-packed data that is not a plan', async () => {
    const notPlans = [
      null,
      [],
      'plan',
      { v: 1, plan: savedPlan() },
      { kind: FILE_KIND, version: STORAGE_VERSION, plans: [] },
      { kind: FILE_KIND, version: STORAGE_VERSION, plans: [savedPlan(), savedPlan({ id: 'other' })] },
      { kind: FILE_KIND, version: STORAGE_VERSION, plans: [{ ...savedPlan(), id: '' }] },
    ];
    for (const value of notPlans) {
      expect(await decodeSharedPlan(await pack(value), now), JSON.stringify(value)).toEqual({
        ok: false,
        message: SHARE_MESSAGES.foreign,
      });
    }
  });

  it('refuse a forged plan whose answers fail the same checks as the form, naming the problem', async () => {
    const forged = savedPlan({ input: { ...sampleInput(), interviewers: [] } });
    const result = await decodeSharedPlan(await packPlan(forged), now);
    expect(result).toEqual({
      ok: false,
      message: "The plan in this link can't be opened: Add at least one interviewer — even just a first name.",
    });
  });

  it('refuse a forged plan with values the stored-plan schema cannot read, naming them', async () => {
    const forged = {
      ...savedPlan(),
      statuses: { 'r1:thank-you:iv-ada': 'maybe' },
      input: { ...sampleInput(), read: 7 },
    };
    const result = await decodeSharedPlan(await packPlan(forged), now);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(new RegExp(`^${SHARE_MESSAGES.altered.replace(/[.]/g, '\\.')} `));
  });

  it('refuse a link from a newer version instead of guessing', async () => {
    const newer = await packPlan(savedPlan(), STORAGE_VERSION + 1);
    expect(await decodeSharedPlan(newer, now)).toEqual({ ok: false, message: SHARE_MESSAGES.newer });
  });

  it('stop unpacking a link that would grow past the size limit', async () => {
    const bomb = savedPlan({ name: 'x'.repeat(500_000) });
    expect(await decodeSharedPlan(await packPlan(bomb), now)).toEqual({ ok: false, message: SHARE_MESSAGES.tooLarge });
  });
});

describe('what a plan has to leave out', () => {
  it('notices free-text notes and counts edited drafts', () => {
    expect(hasNotes(savedPlan())).toBe(true);
    const blank = inputWith({ notes: { strengths: ' ', correction: '', question: '' } });
    expect(hasNotes(savedPlan({ input: blank }))).toBe(false);
    expect(editedDraftCount(savedPlan())).toBe(1);
  });
});
