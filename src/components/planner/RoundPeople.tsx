/**
 * "Who will you meet?" for another round: the latest round's people, each
 * kept, edited or removed, and anyone new added, with the wizard's fields and
 * messages (the engine validates both with one schema).
 */
import { createSignal, For, type JSX } from 'solid-js';
import type { InterviewerInput } from '../../domain/facts-input.ts';
import { removedMessage } from '../../domain/ui/labels.ts';
import { fieldId } from '../../domain/ui/wizard-steps.ts';
import type { FieldError } from '../../domain/validate-facts.ts';
import { addRoundPerson, editRoundPerson, removeRoundPerson } from '../../stores/plan-view.ts';
import { ErrorText, TextField } from './Field.tsx';
import './round-people.css';

const focusLater = (id: string) => queueMicrotask(() => document.getElementById(id)?.focus());

/** The people list of the another-round form; `path` is the event's `events.N.interviewers`. */
export default function RoundPeople(props: {
  path: string;
  people: readonly InterviewerInput[];
  errors: () => readonly FieldError[];
}): JSX.Element {
  const [status, setStatus] = createSignal('');
  const remove = (person: InterviewerInput) => {
    removeRoundPerson(person.id);
    setStatus(removedMessage(person.name));
    focusLater('add-round-person');
  };
  const add = () => {
    addRoundPerson();
    focusLater(fieldId(`${props.path}.${props.people.length - 1}.name`));
  };
  return (
    <fieldset class="round-people">
      <legend>Who will you meet?</legend>
      <p class="hint">
        The people from your last round are listed. Remove anyone you won’t see, and add anyone new: each gets their own
        thank-you.
      </p>
      <ErrorText path={props.path} message={props.errors().find((e) => e.path === props.path)?.message} />
      <ol class="people">
        <For each={props.people}>
          {(person, index) => (
            <li>
              <fieldset class="person">
                <legend>Person {index() + 1}</legend>
                <TextField
                  path={`${props.path}.${index()}.name`}
                  label="Name"
                  required
                  value={person.name}
                  onValue={(v) => editRoundPerson(person.id, 'name', v)}
                  errors={props.errors}
                />
                <TextField
                  path={`${props.path}.${index()}.title`}
                  label="Job title"
                  value={person.title}
                  onValue={(v) => editRoundPerson(person.id, 'title', v)}
                  errors={props.errors}
                />
                <TextField
                  path={`${props.path}.${index()}.email`}
                  label="Email"
                  inputMode="email"
                  value={person.email}
                  onValue={(v) => editRoundPerson(person.id, 'email', v)}
                  errors={props.errors}
                />
                <div class="row-actions">
                  <button type="button" class="button secondary small" onClick={() => remove(person)}>
                    Remove<span class="visually-hidden"> person {index() + 1}</span>
                  </button>
                </div>
              </fieldset>
            </li>
          )}
        </For>
      </ol>
      <p class="visually-hidden" role="status">
        {status()}
      </p>
      <button type="button" class="button secondary" id="add-round-person" onClick={add}>
        Add someone new
      </button>
    </fieldset>
  );
}
