/**
 * What the planner tells the user about their saved data. Kept apart from the
 * wizard's labels because the notice is loaded only when there is one.
 */

/** What the storage notice says, per problem. */
export const NOTICE_MESSAGES: Record<'unreadable' | 'newer' | 'full', string> = {
  unreadable:
    'Your saved plans could not be read: the data in this browser is damaged. The planner has started fresh; the old data is kept aside in this browser.',
  newer:
    'Your saved plans were written by a newer version of this site, so this page cannot read them. Reload the page to get the newest version; meanwhile the planner has started fresh and kept the old data aside.',
  full: 'Your browser would not let the planner save your answers (storage is full or blocked). They stay on this page until you close it: export your plans to keep them.',
};
