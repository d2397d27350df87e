/**
 * What the planner tells the user about their saved data. Kept apart from the
 * wizard's labels because the notice is loaded only when there is one.
 */
import type { PlanConflict } from './merge-plans.ts';
import type { ReadProblem } from './saved-plans.ts';

/** Something about saved data the page must tell the user. */
export type StorageNotice =
  /** The saved data could not be read at all; it is kept under `setAsideKey` (null: storage could not keep a copy). */
  | { kind: ReadProblem; setAsideKey: string | null }
  /** Some saved plans could not be read; they are kept under `setAsideKey`. */
  | { kind: 'set-aside'; count: number; setAsideKey: string | null }
  /** A save failed: storage is full. */
  | { kind: 'full' }
  /** The browser gives the page no storage at all. */
  | { kind: 'unavailable' }
  /** Another tab changed the same plans at the same time; both versions were kept. */
  | { kind: 'conflict'; conflicts: PlanConflict[] };

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** What the notice says: what happened, what was kept, and what the user can do. */
export function noticeMessage(notice: StorageNotice): string {
  switch (notice.kind) {
    case 'unreadable':
      return notice.setAsideKey
        ? 'Your saved plans could not be read: the data in this browser is damaged. The planner has started fresh and kept the old data aside in this browser. Download it to keep a copy, or bring back whatever can still be read.'
        : 'Your saved plans could not be read: the data in this browser is damaged. Storage is too full to keep a copy aside, so the old data stays where it was and nothing you do here is saved over it. Export your plans to keep them.';
    case 'newer':
      return 'Your saved plans were written by a newer version of this site, so this page cannot read them. Reload the page to get the newest version. Until then nothing you change here is saved, so the newer data stays safe.';
    case 'set-aside': {
      const them = plural(notice.count, 'it', 'them');
      return `${notice.count} saved ${plural(notice.count, 'plan', 'plans')} could not be read and ${plural(notice.count, 'was', 'were')} kept aside in this browser; your other plans are here. Download ${them} to keep a copy, or bring back whatever can still be read.`;
    }
    case 'full':
      return 'Your browser’s storage is full, so your latest changes could not be saved. Everything is still on this page, but it will be gone when you close it: export your plans to keep them.';
    case 'unavailable':
      return 'This browser does not let the planner keep anything (storage is off or blocked, as in some private windows). The planner works, but your plans last only until you close this tab: export them to keep a copy.';
    case 'conflict':
      return notice.conflicts
        .map(
          ({ title, copyTitle }) =>
            `“${title}” was changed in another tab at the same time. Both versions are kept: the newer edits in “${title}”, the other ones in “${copyTitle}”.`,
        )
        .join(' ');
  }
}

/** Whether the notice should offer "Export all plans" (what is on the page may not be saved). */
export const offersExport = (notice: StorageNotice): boolean =>
  notice.kind === 'full' || notice.kind === 'unavailable' || (notice.kind === 'unreadable' && !notice.setAsideKey);
