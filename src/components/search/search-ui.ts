/**
 * Everything search does in the browser beyond the header button, as one
 * chunk: the header imports it on first use, the /search/ page at load.
 * Sharing one entry keeps the dialog in a single file with no preload helper
 * in the header's script.
 */
export { openSearchDialog } from './search-dialog.ts';
export { initSearchPage } from './search-page.ts';
