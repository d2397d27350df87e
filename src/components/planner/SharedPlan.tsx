/**
 * A plan that arrived by link: read, then previewed, and added only when the
 * user says so (asking first when a plan with the same id is already here).
 * A link that cannot be opened says why, and leaves saved plans alone.
 */
import { createSignal, For, Match, onMount, Show, Switch, type JSX } from 'solid-js';
import { useStore } from './use-store.ts';
import { $incoming, dismissIncoming } from '../../stores/incoming.ts';
import type { ConflictChoice } from '../../domain/ui/plans-import.ts';
import { loadStylesheet } from './browser.ts';
import shareStyles from './share.css?url';

/** Resolves once the share styles are in (their own file: not part of the planner's first visit). */
export const stylesReady: Promise<void> = loadStylesheet(shareStyles);

/** Props: the link's data, and what to do once the user has added the plan or left the link. */
interface Props {
  data: string;
  onDone: () => void;
}

/** The preview of a plan from a link. */
export default function SharedPlan(props: Props): JSX.Element {
  const incoming = useStore($incoming);
  const [asking, setAsking] = createSignal(false);
  // The decoder, the import reader and the engine load only now, after the preview's frame is up.
  const share = import('../../stores/share.ts');
  onMount(() => void share.then((m) => m.readIncoming(props.data)));

  const refused = () => {
    const current = incoming();
    return current?.state === 'refused' ? current : null;
  };
  const preview = () => {
    const current = incoming();
    return current?.state === 'preview' ? current : null;
  };

  const add = async (choice: ConflictChoice) => {
    (await share).addIncoming(choice);
    props.onDone();
  };
  const leave = () => {
    dismissIncoming();
    props.onDone();
  };
  const tryAdd = () => {
    if (preview()?.clash) {
      setAsking(true);
      queueMicrotask(() => document.getElementById('shared-replace')?.focus());
    } else void add('keep-both');
  };

  return (
    <section class="shared-plan" aria-labelledby="shared-heading">
      <h2 id="shared-heading">A plan from a link</h2>
      <Switch fallback={<p role="status">Opening the plan in this link…</p>}>
        <Match when={refused()}>
          {(current) => (
            <>
              <div class="shared-error" role="alert">
                <p>{current().message}</p>
                <p>Nothing was added, and your saved plans are as they were.</p>
              </div>
              <button type="button" class="button" onClick={leave}>
                Go to my plans
              </button>
            </>
          )}
        </Match>
        <Match when={preview()}>
          {(current) => (
            <>
              <p class="shared-intro">
                Check that this is the plan you expect, then add it to the plans saved in this browser.
              </p>
              <dl class="shared-facts">
                <dt>Plan</dt>
                <dd>{current().preview.title}</dd>
                <dt>Interview</dt>
                <dd>{current().preview.interview}</dd>
                <dt>{current().preview.people.length === 1 ? 'Interviewer' : 'Interviewers'}</dt>
                <dd>
                  <ul>
                    <For each={current().preview.people}>{(person) => <li>{person}</li>}</For>
                  </ul>
                </dd>
                <dt>Included</dt>
                <dd>{current().preview.extras}</dd>
                <dt>Progress</dt>
                <dd>{current().preview.progress}</dd>
              </dl>
              <h3 class="shared-steps-heading">Steps</h3>
              <ol class="shared-steps">
                <For each={current().preview.steps}>
                  {(step) => (
                    <li>
                      <span class="shared-step-title">{step.title}</span>{' '}
                      <span class="shared-step-when">{step.when}</span>
                      <Show when={step.status}>
                        {' '}
                        <span class="badge">{step.status}</span>
                      </Show>
                    </li>
                  )}
                </For>
              </ol>
              <Show
                when={asking() && current().clash}
                fallback={
                  <>
                    <Show when={current().alreadyHere}>
                      <p class="shared-same">This plan is already in this browser, exactly as in the link.</p>
                    </Show>
                    <div class="shared-actions">
                      <button type="button" class="button" onClick={tryAdd}>
                        {current().alreadyHere ? 'Open my plan' : 'Add to my plans'}
                      </button>
                      <button type="button" class="button secondary" onClick={leave}>
                        Cancel
                      </button>
                    </div>
                  </>
                }
              >
                {(question) => (
                  <div class="shared-clash" role="group" aria-labelledby="shared-clash-question">
                    <p id="shared-clash-question">{question()}</p>
                    <div class="shared-actions">
                      <button type="button" class="button" id="shared-replace" onClick={() => void add('replace')}>
                        Replace my plan
                      </button>
                      <button type="button" class="button secondary" onClick={() => void add('keep-both')}>
                        Keep both
                      </button>
                      <button type="button" class="button secondary" onClick={leave}>
                        Cancel
                      </button>
                    </div>
                  </div>
                )}
              </Show>
            </>
          )}
        </Match>
      </Switch>
    </section>
  );
}
