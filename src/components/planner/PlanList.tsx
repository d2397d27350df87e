/**
 * The saved interviews: switch, rename, duplicate for the next round, delete
 * (with undo), start a new one, and export / import them all as a JSON file.
 */
import { createSignal, For, lazy, onMount, Show, type JSX } from 'solid-js';
import { useStore } from './use-store.ts';
import { planTitle } from '../../domain/ui/plan-records.ts';
import { $activePlanId, $lastDeleted, createPlan, selectPlan } from '../../stores/plans.ts';
import { $planSummaries, deletePlan, duplicatePlan, renamePlan, undoDelete } from '../../stores/plan-list.ts';
import { $importStatus, $pendingImport, exportPlans, startFileImport } from '../../stores/plans-transfer.ts';
import { downloadText } from './browser.ts';

// Only when there is an import to confirm.
const ImportReview = lazy(() => import('./ImportReview.tsx'));

/** The list of saved plans with its actions. */
export default function PlanList(): JSX.Element {
  const plans = useStore($planSummaries);
  const active = useStore($activePlanId);
  const deleted = useStore($lastDeleted);
  const [renaming, setRenaming] = createSignal<string | null>(null);
  const status = useStore($importStatus);
  const focusLater = (id: string) => queueMicrotask(() => document.getElementById(id)?.focus());

  const saveName = (event: SubmitEvent, id: string) => {
    event.preventDefault();
    const field = (event.currentTarget as HTMLFormElement).elements.namedItem('name') as HTMLInputElement;
    renamePlan(id, field.value);
    setRenaming(null);
    focusLater(`rename-${id}`);
  };
  const remove = (id: string) => {
    deletePlan(id);
    $importStatus.set(null);
    focusLater('undo-delete');
  };
  const pending = useStore($pendingImport);
  const readFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (file) await startFileImport(file);
  };
  const importDone = () => focusLater('import-file');
  // The list's rows render a task after its frame, and the tools under them a task after the rows:
  // all at once made the longest task left once the planner opened (5-11 ms of CPU in Lighthouse's
  // traces, four times that on a phone).
  const [shown, show] = createSignal(0);
  onMount(() =>
    setTimeout(() => {
      show(1);
      setTimeout(() => show(2));
    }),
  );

  return (
    <section class="plan-list" aria-labelledby="plans-heading" data-print-hide>
      <h2 id="plans-heading">Your interviews</h2>
      <ul>
        <For each={shown() > 0 ? plans() : []}>
          {(plan) => (
            <li classList={{ active: plan.id === active() }}>
              <Show
                when={renaming() === plan.id}
                fallback={
                  <>
                    <button
                      type="button"
                      class="plan-name"
                      aria-current={plan.id === active() ? 'true' : undefined}
                      onClick={() => selectPlan(plan.id)}
                    >
                      {plan.title}
                    </button>
                    <div class="plan-actions">
                      <button
                        type="button"
                        class="link"
                        id={`rename-${plan.id}`}
                        onClick={() => {
                          setRenaming(plan.id);
                          focusLater(`name-${plan.id}`);
                        }}
                      >
                        Rename<span class="visually-hidden"> {plan.title}</span>
                      </button>
                      <button type="button" class="link" onClick={() => duplicatePlan(plan.id)}>
                        Copy for next round<span class="visually-hidden">: {plan.title}</span>
                      </button>
                      <button type="button" class="link danger" onClick={() => remove(plan.id)}>
                        Delete<span class="visually-hidden"> {plan.title}</span>
                      </button>
                    </div>
                  </>
                }
              >
                <form class="rename" onSubmit={(e) => saveName(e, plan.id)}>
                  <label for={`name-${plan.id}`}>New name</label>
                  <input
                    id={`name-${plan.id}`}
                    name="name"
                    value={plan.name || plan.title}
                    onKeyDown={(e) => {
                      if (e.key === 'Escape') {
                        setRenaming(null);
                        focusLater(`rename-${plan.id}`);
                      }
                    }}
                  />
                  <button type="submit" class="button small">
                    Save
                  </button>
                  <button type="button" class="button secondary small" onClick={() => setRenaming(null)}>
                    Cancel
                  </button>
                </form>
              </Show>
            </li>
          )}
        </For>
      </ul>
      <div role="status" class="list-status">
        <Show when={deleted()}>
          {(plan) => (
            <p>
              Deleted “{planTitle(plan())}”.{' '}
              <button
                type="button"
                class="link"
                id="undo-delete"
                onClick={() => {
                  undoDelete();
                  focusLater('new-plan');
                }}
              >
                Undo
              </button>
            </p>
          )}
        </Show>
        <Show when={status()}>{(s) => <p classList={{ error: !s().ok }}>{s().message}</p>}</Show>
      </div>
      <Show when={pending()}>
        <ImportReview onDone={importDone} />
      </Show>
      <Show when={shown() > 1}>
        <p class="agenda-link">
          <a href="/agenda/">Agenda: what's due across all your plans</a>
        </p>
        <div class="list-tools">
          <button type="button" class="button secondary small" id="new-plan" onClick={createPlan}>
            New interview
          </button>
          <button
            type="button"
            class="button secondary small"
            disabled={plans().length === 0}
            onClick={() =>
              void exportPlans().then(({ fileName, text }) => downloadText(fileName, text, 'application/json'))
            }
          >
            Export all plans
          </button>
          <label class="button secondary small file-button">
            Import plans
            <input
              id="import-file"
              type="file"
              accept=".json,application/json"
              class="visually-hidden"
              onChange={(e) => void readFile(e.currentTarget)}
            />
          </label>
        </div>
      </Show>
    </section>
  );
}
