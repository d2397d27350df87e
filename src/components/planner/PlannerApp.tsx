/**
 * The planner island: the storage notice, the wizard for the open plan (or a
 * way to start one), and the list of saved interviews.
 */
import { createSignal, lazy, onCleanup, onMount, Show, type JSX } from 'solid-js';
import { useStore } from './use-store.ts';
import { $activePlan, createPlan, openPlanner, plansLoading } from '../../stores/plans.ts';
import { sharedDataIn } from '../../domain/share/share-link.ts';
import { preloadPlansReader } from '../../stores/plans-persistence.ts';
import { $storageNotice } from '../../stores/storage.ts';
import { showStep } from '../../stores/wizard.ts';
import Wizard, { preloadPlanView } from './Wizard.tsx';
import './planner.css';

// Rarely needed: loads only when there is something to tell.
const StorageNotice = lazy(() => import('./StorageNotice.tsx'));
// Beside or below the wizard, never the first thing needed: it loads just after the wizard.
const PlanList = lazy(() => import('./PlanList.tsx'));
// Only when the page was opened from a plan link (#share=…): the preview and its decoder.
const SharedPlan = lazy(() => import('./SharedPlan.tsx').then((m) => m.stylesReady.then(() => m)));

/** The whole planner. */
export default function PlannerApp(): JSX.Element {
  const [shared, setShared] = createSignal(sharedDataIn(location.hash));
  // Before the first render, so the wizard appears at once with the right plan (and step, from the agenda).
  // A plan link opens no plan (nor starts a blank one) until the user has decided about it.
  // Saved plans are read first, when there are any.
  const asked = new URLSearchParams(location.search);
  const [ready, setReady] = createSignal(plansLoading === null);
  const open = () => {
    if (!shared()) openPlanner(asked.get('plan'));
    const stepId = asked.get('step');
    if (stepId && $activePlan.get()?.id === asked.get('plan')) showStep(stepId);
  };
  if (ready()) open();
  else
    void plansLoading?.then(() => {
      open();
      setReady(true);
    });
  // A link pasted into this tab's address bar changes only the fragment: no new page load.
  const onHash = () => setShared(sharedDataIn(location.hash) ?? shared());
  window.addEventListener('hashchange', onHash);
  onCleanup(() => window.removeEventListener('hashchange', onHash));
  // Done with the link: take the plan out of the address bar (and history), then show the planner.
  const leaveLink = () => {
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    setShared(null);
    openPlanner();
    queueMicrotask(() => document.getElementById('wizard-heading')?.focus());
  };
  const plan = useStore($activePlan);
  const notice = useStore($storageNotice);
  // Once idle, what the next steps and the next visit need, so they answer at once (and work offline).
  onMount(() =>
    (window.requestIdleCallback ?? setTimeout)(() => {
      preloadPlanView();
      preloadPlansReader();
    }),
  );
  return (
    <div class="planner">
      <Show when={notice()}>
        <StorageNotice />
      </Show>
      <Show when={ready()}>
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
                  <Wizard />
                </Show>
              }
            >
              {(data) => <SharedPlan data={data} onDone={leaveLink} />}
            </Show>
          </div>
          <PlanList />
        </div>
      </Show>
    </div>
  );
}
