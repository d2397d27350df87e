/**
 * What a plan link carries and how it is read back. The link holds a plans
 * export with one plan in it, exactly as this device stores the plan (minus
 * what the user chose to leave out). Opening it runs the import reader every
 * export file goes through (`readPlansText`: the stored-plan schema) and the
 * wizard's facts validation, so a forged link gets no further than a bad file.
 */
import { validateFacts } from '../validate-facts.ts';
import { FILE_KIND } from '../ui/plans-file.ts';
import { readPlansText, type PlansReading } from '../ui/plans-import.ts';
import { STORAGE_VERSION, type SavedPlan } from '../ui/saved-plans.ts';
import { PLAN_STEP } from '../ui/wizard-steps.ts';
import { fromBase64url, toBase64url } from './base64url.ts';
import { deflateText, inflateText } from './compress.ts';

/** Longest link fragment read at all (a real plan is a few thousand characters at most). */
export const MAX_SHARED_CHARS = 60_000;

/** Most bytes a link may unpack to. */
export const MAX_SHARED_BYTES = 400_000;

/** What the user chose to put in the link. */
export interface ShareChoices {
  /** Their free-text notes: strengths, what to correct, the question to ask, what they discussed with each person. */
  notes: boolean;
  /** The drafts they edited by hand. */
  drafts: boolean;
}

/** Whether the plan has free-text notes worth asking about: the notes step, or what was discussed with someone. */
export function hasNotes(plan: SavedPlan): boolean {
  const { strengths, correction, question } = plan.input.notes;
  const discussed = plan.input.interviewers.map((person) => person.discussed);
  return [strengths, correction, question, ...discussed].some((text) => text.trim() !== '');
}

/** How many drafts the user edited. */
export function editedDraftCount(plan: SavedPlan): number {
  return Object.keys(plan.drafts).length;
}

/**
 * The plan as the link carries it: notes (the notes step, and what was
 * discussed with each person) and edited drafts only when chosen, opening on
 * the plan screen.
 */
export function planToShare(plan: SavedPlan, choices: ShareChoices): SavedPlan {
  const input = choices.notes
    ? plan.input
    : {
        ...plan.input,
        notes: { ...plan.input.notes, strengths: '', correction: '', question: '' },
        interviewers: plan.input.interviewers.map((person) => ({ ...person, discussed: '' })),
      };
  return {
    ...plan,
    step: PLAN_STEP,
    input,
    drafts: choices.drafts ? plan.drafts : {},
  };
}

/** The link fragment's data for a plan: a one-plan export, zlib-compressed, base64url. */
export async function encodeSharedPlan(plan: SavedPlan, choices: ShareChoices): Promise<string> {
  const payload = { kind: FILE_KIND, version: STORAGE_VERSION, plans: [planToShare(plan, choices)] };
  return toBase64url(await deflateText(JSON.stringify(payload)));
}

/** A plan read from a link (with the reading the import review takes), or why it could not be. */
export type SharedPlanResult =
  { ok: true; plan: SavedPlan; reading: Extract<PlansReading, { ok: true }> } | { ok: false; message: string };

/** Messages for links that cannot be opened, each saying what to do. */
export const SHARE_MESSAGES = {
  damaged:
    'This link is damaged or incomplete: part of it is missing or was changed. Copy the whole link again, right to its last character.',
  foreign:
    "This link doesn't hold a plan Follow Through can open. Ask for a new link from the device that has the plan.",
  newer: 'This link was made by a newer version of Follow Through. Reload this page, then open the link again.',
  unsupported: "This browser can't open plan links. Update it, or open the link in another browser.",
  tooLarge: 'This link is too large to be a Follow Through plan.',
  altered: 'Some of the plan in this link cannot be read, so it was not opened. Ask for a new link.',
} as const;

type Raw = Record<string, unknown>;
const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads the JSON a link unpacked to. The link's own faults (not JSON, not a
 * plan, too new) get link wording; the plan itself goes through the import
 * reader, and anything that reader had to leave out or blank refuses the link.
 */
export function readSharedPayload(text: string, now: number): SharedPlanResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: SHARE_MESSAGES.damaged };
  }
  if (!isObject(data) || data['kind'] !== FILE_KIND || !Array.isArray(data['plans'])) {
    return { ok: false, message: SHARE_MESSAGES.foreign };
  }
  if (typeof data['version'] === 'number' && data['version'] > STORAGE_VERSION) {
    return { ok: false, message: SHARE_MESSAGES.newer };
  }
  const reading = readPlansText(text);
  const incoming = reading.ok && reading.plans.length === 1 ? reading.plans[0] : undefined;
  if (!reading.ok || !incoming || incoming.needsNewId) return { ok: false, message: SHARE_MESSAGES.foreign };
  if (reading.notes.length > 0) return { ok: false, message: `${SHARE_MESSAGES.altered} ${reading.notes.join(' ')}` };
  const checked = validateFacts(incoming.plan.input, { now });
  if (!checked.ok) {
    const first = checked.errors[0]?.message ?? '';
    return { ok: false, message: `The plan in this link can't be opened: ${first}`.trim() };
  }
  const plan = { ...incoming.plan, step: PLAN_STEP };
  return { ok: true, plan, reading: { ...reading, plans: [{ plan, needsNewId: false }] } };
}

/** Reads a link's fragment data back into a plan; anything damaged, forged or unsupported gets a message. */
export async function decodeSharedPlan(encoded: string, now: number): Promise<SharedPlanResult> {
  if (encoded.length > MAX_SHARED_CHARS) return { ok: false, message: SHARE_MESSAGES.tooLarge };
  const bytes = fromBase64url(encoded);
  if (!bytes || bytes.length === 0) return { ok: false, message: SHARE_MESSAGES.damaged };
  const inflated = await inflateText(bytes, MAX_SHARED_BYTES);
  if (!inflated.ok) {
    const { problem } = inflated;
    return {
      ok: false,
      message:
        problem === 'unsupported'
          ? SHARE_MESSAGES.unsupported
          : problem === 'too-large'
            ? SHARE_MESSAGES.tooLarge
            : SHARE_MESSAGES.damaged,
    };
  }
  return readSharedPayload(inflated.text, now);
}
