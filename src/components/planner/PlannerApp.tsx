/**
 * The planner island: the storage notice, the wizard for the open plan (or a
 * way to start one), and the list of saved interviews.
 *
 * The server renders a new plan's first screen, and the browser hydrates that
 * HTML with the same render: the form paints with the page, before any script.
 * What only this browser knows renders after mount: its saved plans (a
 * returning visitor sees their own plan a moment later), a plan link, the
 * list of saved plans and any storage notice.
 *
 * Nothing else runs up front: the later screens, the plan view and the
 * stored-plan reader load when needed. The build keeps a prefetch link for
 * each (scripts/island-prefetch.ts), added once the planner is open and the
 * page idle (later-parts.ts), so they are already here when they are needed,
 * and the service worker keeps them: the planner works offline after one
 * visit.
 */
import { createSignal, lazy, onCleanup, onMount, Show, Suspense, type JSX } from 'solid-js';
import { useValue } from './use-value.ts';
import { $activePlan, browserTimeZone, createPlan, openPlanner, plansLoading } from '../../stores/plans.ts';
import { sharedDataIn } from '../../domain/share/share-link.ts';
import { $storageNotice } from '../../stores/storage.ts';
import { showStep } from '../../stores/wizard.ts';
import { newPlan } from '../../domain/ui/plan-records.ts';
import WizardNow from './Wizard.tsx';
import { inNextTask, later } from './next-task.ts';
import './planner.css';

// The wizard hydrates in a task after the planner's shell (and its first screen's fields in
// another): one task for all of it blocked the page for a few hundred ms on a phone.
const Wizard = later(WizardNow);

// Each part loaded later waits in its own <Suspense>: the island's hydration wraps the whole
// planner in one, which would otherwise blank it all while any part loads.
// Rarely needed: loads only when there is something to tell.
const StorageNotice = lazy(() => import('./StorageNotice.tsx'));
// Beside or below the wizard, never the first thing needed: it loads just after the wizard.
// Rendered in a task after the one that evaluates its code.
const PlanList = lazy(() => import('./PlanList.tsx').then(inNextTask));
// Only when the page was opened from a plan link (#share=…): the preview and its decoder.
const SharedPlan = lazy(() => import('./SharedPlan.tsx').then((m) => m.stylesReady.then(() => m)));

/**
 * What the server renders, and the browser until its own plans are read: a
 * new plan's first screen. A first visit's real new plan renders the same.
 */
const FIRST_SCREEN = newPlan('new-plan', '', 'UTC', 'first-interviewer');

/** The whole planner. */
export default function PlannerApp(): JSX.Element {
  const [shared, setShared] = createSignal<string | null>(null);
  // How far the planner is since this browser's plans were read and the asked-for plan opened, a
  // task at a time: 1, the form takes input and its time zone and holiday fields render; 2, the
  // list of plans and any storage notice. 0 while the server renders the page and while the
  // browser hydrates it, so both render the same thing.
  const [stage, setStage] = createSignal(0);
  onMount(() => {
    // A plan link opens no plan (nor starts a blank one) until the user has decided about it.
    // A link from the agenda or home opens its plan, at its step.
    const asked = new URLSearchParams(location.search);
    // Each step in a task of its own, after hydration's, so none blocks for long: the browser's
    // time zone (a new plan needs it; the first use of its date formatting data, tens of
    // milliseconds on a phone), then the plan (a stored plan once it is read, in the task after),
    // then the stages, and only then, with the page painted and the planner open, the prefetches
    // of what loads later (starting a module's fetch costs time too). The form waits (inert)
    // until the plan is open, so nothing typed is lost.
    void inNextTask()
      .then(browserTimeZone)
      .then(inNextTask)
      .then(() => plansLoading?.then(inNextTask))
      .then(() => {
        setShared(sharedDataIn(location.hash));
        if (!shared()) openPlanner(asked.get('plan'));
        const stepId = asked.get('step');
        if (stepId && $activePlan.get()?.id === asked.get('plan')) showStep(stepId);
      })
      .then(inNextTask)
      .then(() => setStage(1))
      .then(inNextTask)
      .then(() => setStage(2))
      .then(inNextTask)
      .then(() => import('../later-parts.ts'))
      .then((parts) => parts.addLaterParts());
    // A link pasted into this tab's address bar changes only the fragment: no new page load.
    const onHash = () => setShared(sharedDataIn(location.hash) ?? shared());
    window.addEventListener('hashchange', onHash);
    onCleanup(() => window.removeEventListener('hashchange', onHash));
  });
  // Done with the link: take the plan out of the address bar (and history), then show the planner.
  const leaveLink = () => {
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    setShared(null);
    openPlanner();
    queueMicrotask(() => document.getElementById('wizard-heading')?.focus());
  };
  const open = useValue($activePlan);
  // The server's first screen stands in until this browser's own plan is open.
  const plan = () => open() ?? (stage() ? null : FIRST_SCREEN);
  const notice = useValue($storageNotice);
  return (
    <div class="planner">
      <Show when={stage() > 1 && notice()}>
        <Suspense>
          <StorageNotice />
        </Suspense>
      </Show>
      <div class="planner-layout">
        <div class="planner-main">
          <Show
            when={shared()}
            keyed
            fallback={
              <Show
                when={plan()}
                fallback={
                  <section class="empty" aria-labelledby="empty-heading">
                    <h2 id="empty-heading">No interview open</h2>
                    <p>Start a plan for an interview, or open one from your list.</p>
                    <button type="button" class="button" onClick={createPlan}>
                      Start a new plan
                    </button>
                  </section>
                }
              >
                {(current) => <Wizard plan={current()} waiting={!open() || !stage()} />}
              </Show>
            }
          >
            {(data) => (
              <Suspense>
                <SharedPlan data={data} onDone={leaveLink} />
              </Suspense>
            )}
          </Show>
        </div>
        <Show when={stage() > 1}>
          <Suspense>
            <PlanList />
          </Suspense>
        </Show>
      </div>
    </div>
  );
}
