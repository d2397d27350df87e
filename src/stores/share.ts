/**
 * Moving a plan between devices by link: the link (and its QR code) for the
 * open plan, and a link that arrived — read, previewed, then added only when
 * the user says so, through the same review and apply steps as an imported
 * file (replace or keep both when the plan is already here). Loaded on
 * demand: none of this is on the planner's first visit.
 */
import { buildPlan } from '../domain/plan/build-plan.ts';
import { applyImport, reviewImport, type ConflictChoice } from '../domain/ui/plans-import.ts';
import { clashQuestion, sharedPreview } from '../domain/share/preview.ts';
import { drawQr, type QrDrawing } from '../domain/share/qr.ts';
import { linkSize } from '../domain/share/link-size.ts';
import { shareLink } from '../domain/share/share-link.ts';
import { decodeSharedPlan, encodeSharedPlan, SHARE_MESSAGES, type ShareChoices } from '../domain/share/shared-plan.ts';
import { validateFacts } from '../domain/validate-facts.ts';
import { $now, locale } from './clock.ts';
import { $incoming } from './incoming.ts';
import { $activePlan, $activePlanId, $plans, browserTimeZone, makeId, selectPlan } from './plans.ts';
import { $importStatus } from './plans-transfer.ts';

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
  const preview = sharedPreview(result.plan, buildPlan(checked.facts, { now, moves: result.plan.moves ?? {} }), locale);
  const review = reviewImport($plans.get(), result.reading);
  const existing = review.conflicts[0]?.current;
  const clash = existing ? clashQuestion(existing, result.plan, locale, browserTimeZone()) : null;
  $incoming.set({
    state: 'preview',
    plan: result.plan,
    preview,
    review,
    clash,
    alreadyHere: review.unchanged.length > 0,
  });
}

/**
 * Adds the previewed plan and opens it, as a confirmed file import would:
 * with a plan of the same id already here, `choice` replaces it or keeps both
 * (the arrival then gets a new id). A plan already here unchanged just opens.
 */
export function addIncoming(choice: ConflictChoice): void {
  const incoming = $incoming.get();
  if (incoming?.state !== 'preview') return;
  if (incoming.alreadyHere) selectPlan(incoming.plan.id);
  else {
    const { state, open, message } = applyImport($plans.get(), incoming.review, choice, makeId);
    $plans.set(state);
    if (open) $activePlanId.set(open);
    $importStatus.set({ ok: true, message });
  }
  $incoming.set(null);
}
