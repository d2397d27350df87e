/**
 * Whether the planner has mounted in this browser. False while the server
 * renders the page and while the browser hydrates that HTML, so both render
 * the same thing (a new plan's first screen); what only this browser knows
 * (saved plans, a plan link, time zones, storage notices) renders once it is
 * true.
 */
import { createSignal } from 'solid-js';

const [mounted, setMounted] = createSignal(false);

export { mounted };

/** Called once by the planner after hydration. */
export const markMounted = (): void => void setMounted(true);
