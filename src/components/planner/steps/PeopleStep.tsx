/** Step 2: the interviewers (add, edit, reorder, remove) and an optional helping contact. */
import { createSignal, For, Show, type JSX } from 'solid-js';
import { blankInterviewer, type FactsInput } from '../../../domain/facts-input.ts';
import { movedMessage, removedMessage } from '../../../domain/ui/labels.ts';
import { addressHint, DISCUSSED_HINT } from '../../../domain/ui/people-fields.ts';
import { fieldId } from '../../../domain/ui/wizard-steps.ts';
import { useValue } from '../use-value.ts';
import {
  $stepErrors,
  addInterviewer,
  moveInterviewer,
  removeInterviewer,
  setHasContact,
  updateContact,
  updateInterviewer,
} from '../../../stores/wizard.ts';
import { CheckField, ErrorText, TextField } from '../Field.tsx';

const focusLater = (id: string) => queueMicrotask(() => document.getElementById(id)?.focus());

/** The people the user met. */
export default function PeopleStep(props: { input: FactsInput }): JSX.Element {
  const [status, setStatus] = createSignal('');
  const errors = useValue($stepErrors);
  const people = () => props.input.interviewers;

  const move = (id: string, by: -1 | 1, name: string) => {
    moveInterviewer(id, by);
    const at = people().findIndex((p) => p.id === id);
    setStatus(movedMessage(name, at + 1, people().length));
    const button = document.getElementById(`move-${by < 0 ? 'up' : 'down'}-${id}`) as HTMLButtonElement | null;
    focusLater(button && !button.disabled ? button.id : `move-${by < 0 ? 'down' : 'up'}-${id}`);
  };
  const remove = (id: string, name: string) => {
    removeInterviewer(id);
    setStatus(removedMessage(name));
    focusLater('add-interviewer');
  };
  const add = () => {
    addInterviewer();
    focusLater(fieldId(`interviewers.${people().length - 1}.name`));
  };

  return (
    <>
      <p class="step-intro">Add everyone who interviewed you. Spell names the way they do: each gets their own note.</p>
      <ErrorText path="interviewers" message={errors().find((e) => e.path === 'interviewers')?.message} />
      <ol class="people">
        {/* Keyed by id (a string), so a row keeps its inputs, and their focus, while its fields change. */}
        <For each={people().map((person) => person.id)}>
          {(id, index) => {
            const person = () => people().find((p) => p.id === id) ?? blankInterviewer(id);
            return (
              <li>
                <fieldset class="person">
                  <legend>Interviewer {index() + 1}</legend>
                  <TextField
                    path={`interviewers.${index()}.name`}
                    label="Name"
                    required
                    value={person().name}
                    onValue={(v) => updateInterviewer(id, 'name', v)}
                  />
                  <TextField
                    path={`interviewers.${index()}.title`}
                    label="Job title"
                    value={person().title}
                    onValue={(v) => updateInterviewer(id, 'title', v)}
                  />
                  <TextField
                    path={`interviewers.${index()}.addressAs`}
                    label="Address them as"
                    hint={addressHint(person())}
                    value={person().addressAs}
                    onValue={(v) => updateInterviewer(id, 'addressAs', v)}
                  />
                  <TextField
                    path={`interviewers.${index()}.email`}
                    label="Email"
                    inputMode="email"
                    value={person().email}
                    onValue={(v) => updateInterviewer(id, 'email', v)}
                  />
                  <TextField
                    path={`interviewers.${index()}.discussed`}
                    label="What you talked about"
                    hint={DISCUSSED_HINT}
                    multiline
                    value={person().discussed}
                    onValue={(v) => updateInterviewer(id, 'discussed', v)}
                  />
                  <CheckField
                    id={fieldId(`interviewers.${index()}.linkedIn`)}
                    label="Agreed to connect on LinkedIn"
                    checked={person().linkedIn}
                    onValue={(v) => updateInterviewer(id, 'linkedIn', v)}
                  />
                  <div class="row-actions">
                    <button
                      type="button"
                      class="button secondary small"
                      id={`move-up-${id}`}
                      disabled={index() === 0}
                      onClick={() => move(id, -1, person().name)}
                    >
                      Move up<span class="visually-hidden"> interviewer {index() + 1}</span>
                    </button>
                    <button
                      type="button"
                      class="button secondary small"
                      id={`move-down-${id}`}
                      disabled={index() === people().length - 1}
                      onClick={() => move(id, 1, person().name)}
                    >
                      Move down<span class="visually-hidden"> interviewer {index() + 1}</span>
                    </button>
                    <button type="button" class="button secondary small" onClick={() => remove(id, person().name)}>
                      Remove<span class="visually-hidden"> interviewer {index() + 1}</span>
                    </button>
                  </div>
                </fieldset>
              </li>
            );
          }}
        </For>
      </ol>
      <p class="visually-hidden" role="status">
        {status()}
      </p>
      <button type="button" class="button secondary" id="add-interviewer" onClick={add}>
        Add another interviewer
      </button>
      <div class="field-group">
        <CheckField
          id="has-contact"
          label="A recruiter or someone else helped me get this interview"
          checked={props.input.contact !== null}
          onValue={setHasContact}
        />
        <Show when={props.input.contact}>
          {(contact) => (
            <fieldset class="person">
              <legend>Who helped</legend>
              <TextField
                path="contact.name"
                label="Their name"
                required
                value={contact().name}
                onValue={(v) => updateContact('name', v)}
              />
              <TextField
                path="contact.role"
                label="What they do"
                hint="For example: recruiter at an agency, or a friend who works there."
                value={contact().role}
                onValue={(v) => updateContact('role', v)}
              />
              <TextField
                path="contact.email"
                label="Their email"
                inputMode="email"
                value={contact().email}
                onValue={(v) => updateContact('email', v)}
              />
            </fieldset>
          )}
        </Show>
      </div>
    </>
  );
}
