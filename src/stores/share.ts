/**
 * Moving a plan between devices by link: the link (and its QR code) for the
 * open plan, and a link that arrived — read, previewed, then added only when
 * the user says so. Loaded on demand: none of this is on the planner's first
 * visit.
 */
import { atom } from 'nanostores';
import { addSharedPlan, clashingPlan, type ClashChoice } from '../domain/share/add-shared.ts';
import { buildPlan } from '../domain/plan/build-plan.ts';
import { clashQuestion, sharedPreview, type SharedPreview } from '../domain/share/preview.ts';
import { drawQr, type QrDrawing } from '../domain/share/qr.ts';
import { linkSize } from '../domain/share/link-size.ts';
import { shareLink } from '../domain/share/share-link.ts';
import { decodeSharedPlan, encodeSharedPlan, SHARE_MESSAGES, type ShareChoices } from '../domain/share/shared-plan.ts';
import type { SavedPlan } from '../domain/ui/saved-plans.ts';
import { validateFacts } from '../domain/validate-facts.ts';
import { $now, locale } from './clock.ts';
import { $activePlan, $activePlanId, $plans, browserTimeZone, makeId } from './plans.ts';

/** A link for the open plan, as the share dialog shows it. */
export interface OutgoingLink {
  /** The whole link. */
  link: string;
  /** "1,234 characters", and whether that fits the QR code. */
  size: { label: string; fits: boolean };
  /** The QR code, when the link fits one. */
  qr: QrDrawing | null;
}

/** The link for the open plan with the user's choices (null when no plan is open). */
export async function linkForActivePlan(choices: ShareChoices): Promise<OutgoingLink | null> {
  const plan = $activePlan.get();
  if (!plan) return null;
  const link = shareLink(location.origin, await encodeSharedPlan(plan, choices));
  const size = linkSize(link, locale);
  return { link, size, qr: size.fits ? drawQr(link) : null };
}

/** A link that arrived: being read, refused with a reason, or ready to preview. */
export type Incoming =
  | { state: 'reading' }
  | { state: 'refused'; message: string }
  | {
      state: 'preview';
      /** The plan as it will be added. */
      plan: SavedPlan;
      /** What the preview shows. */
      preview: SharedPreview;
      /** When a plan with the same id is already here: the question to ask before adding. */
      clash: string | null;
    };

/** The link being opened, or null. */
export const $incoming = atom<Incoming | null>(null);

/** Reads a link's data; existing plans are not touched whatever it holds. */
export async function readIncoming(encoded: string): Promise<void> {
  $incoming.set({ state: 'reading' });
  const now = $now.get();
  const result = await decodeSharedPlan(encoded, now);
  const checked = result.ok ? validateFacts(result.plan.input, { now }) : null;
  if (!result.ok || !checked?.ok) {
    $incoming.set({ state: 'refused', message: result.ok ? SHARE_MESSAGES.foreign : result.message });
    return;
  }
  const preview = sharedPreview(result.plan, buildPlan(checked.facts, { now }), locale);
  const existing = clashingPlan($plans.get(), result.plan);
  const clash = existing ? clashQuestion(existing, result.plan, locale, browserTimeZone()) : null;
  $incoming.set({ state: 'preview', plan: result.plan, preview, clash });
}

/**
 * Adds the previewed plan and opens it. With a plan of the same id already
 * here, `choice` says whether to replace it or keep both. Returns the new id.
 */
export function addIncoming(choice: ClashChoice): string | null {
  const incoming = $incoming.get();
  if (incoming?.state !== 'preview') return null;
  const { state, id } = addSharedPlan($plans.get(), incoming.plan, choice, makeId());
  $plans.set(state);
  $activePlanId.set(id);
  $incoming.set(null);
  return id;
}

/** Leaves the link without adding anything. */
export function dismissIncoming(): void {
  $incoming.set(null);
}
