/**
 * Asks before an import changes anything: what will be added, what is already
 * here, what was left out and why, and, where a plan's id is already saved
 * with other data, whether to replace it or keep both.
 */
import { For, onMount, Show, type JSX } from 'solid-js';
import { useStore } from './use-store.ts';
import { planTitle } from '../../domain/ui/plan-records.ts';
import type { ConflictChoice } from '../../domain/ui/plans-import.ts';
import { $pendingImport, cancelImport, confirmImport } from '../../stores/plans-transfer.ts';

/** The waiting import, when there is one; `onDone` runs once it is imported or cancelled. */
export default function ImportReview(props: { onDone: () => void }): JSX.Element {
  const pending = useStore($pendingImport);
  const finish = async (choice: ConflictChoice) => {
    await confirmImport(choice);
    props.onDone();
  };
  const cancel = () => {
    cancelImport();
    props.onDone();
  };
  // Shown in answer to the user's choice of file: the question gets the focus.
  onMount(() => document.getElementById('import-review-heading')?.focus());
  return (
    <Show when={pending()}>
      {(current) => {
        const review = () => current().review;
        const adding = () => review().fresh.length;
        return (
          <section class="import-review" aria-labelledby="import-review-heading">
            <h3 id="import-review-heading" tabindex="-1">
              Import from {current().source}?
            </h3>
            <Show when={adding() > 0}>
              <p>{adding() === 1 ? 'This plan will be added:' : `These ${adding()} plans will be added:`}</p>
              <ul>
                <For each={review().fresh}>{({ plan }) => <li>{planTitle(plan)}</li>}</For>
              </ul>
            </Show>
            <Show when={review().unchanged.length > 0}>
              <p>
                Already saved here, unchanged:{' '}
                {review()
                  .unchanged.map((plan) => `“${planTitle(plan)}”`)
                  .join(', ')}
                .
              </p>
            </Show>
            <Show when={review().notes.length > 0}>
              <p>While reading the file:</p>
              <ul class="import-notes">
                <For each={review().notes}>{(note) => <li>{note}</li>}</For>
              </ul>
            </Show>
            <Show
              when={review().conflicts.length > 0}
              fallback={
                <div class="notice-actions">
                  <Show
                    when={adding() > 0}
                    fallback={
                      <button type="button" class="button small" onClick={cancel}>
                        Close: nothing new to import
                      </button>
                    }
                  >
                    <button type="button" class="button small" onClick={() => void finish('keep-both')}>
                      {adding() === 1 ? 'Import 1 plan' : `Import ${adding()} plans`}
                    </button>
                    <button type="button" class="button secondary small" onClick={cancel}>
                      Cancel
                    </button>
                  </Show>
                </div>
              }
            >
              <p>
                {review().conflicts.length === 1 ? 'This plan is' : `These ${review().conflicts.length} plans are`}{' '}
                already saved here with different answers:{' '}
                {review()
                  .conflicts.map(({ current: plan }) => `“${planTitle(plan)}”`)
                  .join(', ')}
                . Replace what is saved here with the file’s version, or keep both?
              </p>
              <div class="notice-actions">
                <button type="button" class="button small" onClick={() => void finish('replace')}>
                  Replace with the file’s version
                </button>
                <button type="button" class="button secondary small" onClick={() => void finish('keep-both')}>
                  Keep both
                </button>
                <button type="button" class="button secondary small" onClick={cancel}>
                  Cancel
                </button>
              </div>
            </Show>
          </section>
        );
      }}
    </Show>
  );
}
