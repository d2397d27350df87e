/**
 * The planner island: the storage notice, the wizard for the open plan (or a
 * way to start one), and the list of saved interviews.
 */
import { lazy, Show, type JSX } from 'solid-js';
import { useStore } from './use-store.ts';
import { $activePlan, createPlan, openPlanner } from '../../stores/plans.ts';
import { $storageNotice } from '../../stores/storage.ts';
import Wizard from './Wizard.tsx';
import './planner.css';

// Rarely needed: loads only when there is something to tell.
const StorageNotice = lazy(() => import('./StorageNotice.tsx'));
// Beside or below the wizard, never the first thing needed: it loads just after the wizard.
const PlanList = lazy(() => import('./PlanList.tsx'));

/** The whole planner. */
export default function PlannerApp(): JSX.Element {
  // Before the first render, so the wizard appears at once with the right plan.
  openPlanner(new URLSearchParams(location.search).get('plan'));
  const plan = useStore($activePlan);
  const notice = useStore($storageNotice);
  return (
    <div class="planner">
      <Show when={notice()}>
        <StorageNotice />
      </Show>
      <div class="planner-layout">
        <div class="planner-main">
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
        </div>
        <PlanList />
      </div>
    </div>
  );
}
