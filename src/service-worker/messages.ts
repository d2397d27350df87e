/**
 * What pages and the service worker say to each other. Shared by both sides,
 * so a renamed message cannot leave one side talking to itself.
 */

/** Lets a waiting new version take over (the update prompt's Reload). Workbox's name, kept for old pages. */
export const SKIP_WAITING = { type: 'SKIP_WAITING' } as const;

/** A page the worker did not control yet hands it what it loaded, so it works offline from now on. */
export interface KeepMessage {
  type: 'keep';
  /** The page's path (query and hash dropped). */
  page: string;
  /** Same-origin files the page loaded, as paths. */
  files: string[];
}

/** Asks the worker to keep everything search needs (the page made its first search). */
export const SAVE_SEARCH = { type: 'save-search' } as const;

/** Asks the worker to save every guide, and search, for offline reading. */
export const SAVE_GUIDES = { type: 'save-guides' } as const;

/** The worker's answer while it saves the guides, and when it is done. */
export interface SaveProgress {
  type: 'save-progress';
  /** Guides saved so far. */
  done: number;
  /** Guides to save in all. */
  total: number;
  /** Set on the last message: whether every guide was saved. */
  finished?: { ok: boolean };
}

/** The caches the worker keeps: pages by path, and every other file. */
export const CACHES = { pages: 'ft-pages', files: 'ft-files' } as const;
