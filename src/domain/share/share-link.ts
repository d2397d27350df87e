/**
 * Where a plan link puts the plan: in the fragment of the planner's address,
 * which browsers never send to a server. Kept tiny: the planner checks every
 * arrival for it.
 */

/** The fragment that marks a plan link: `/plan/#share=<data>`. */
export const SHARE_FRAGMENT = '#share=';

/** The planner page, where links open. */
export const SHARE_PATH = '/plan/';

/** The full link for encoded plan data. */
export function shareLink(origin: string, encoded: string): string {
  return `${origin}${SHARE_PATH}${SHARE_FRAGMENT}${encoded}`;
}

/** The encoded data in a page's `location.hash`, or null when it is not a plan link. */
export function sharedDataIn(hash: string): string | null {
  return hash.startsWith(SHARE_FRAGMENT) ? hash.slice(SHARE_FRAGMENT.length) : null;
}
