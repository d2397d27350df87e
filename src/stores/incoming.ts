/**
 * A plan link that arrived, as the preview shows it. Apart from the code that
 * reads links (stores/share.ts), which the preview loads once it is showing.
 */
import { atom } from 'nanostores';
import type { SharedPreview } from '../domain/share/preview.ts';
import type { ImportReview } from '../domain/ui/plans-import.ts';
import type { SavedPlan } from '../domain/ui/saved-plans.ts';

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
      /** What adding it would do, as the file import reviews it. */
      review: ImportReview;
      /** When a plan with the same id is already here with other data: the question to ask before adding. */
      clash: string | null;
      /** Whether this very plan is already here, unchanged. */
      alreadyHere: boolean;
    };

/** The link being opened, or null. */
export const $incoming = atom<Incoming | null>(null);

/** Leaves the link without adding anything. */
export function dismissIncoming(): void {
  $incoming.set(null);
}
