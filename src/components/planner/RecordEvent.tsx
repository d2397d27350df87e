/**
 * "Something happened": the user records a rejection, another round, an offer,
 * another employer's offer with its answer date, or no reply, and the engine
 * rebuilds the plan. Recorded events are listed
 * with a way to take each back.
 */
import { For, Show, type JSX } from 'solid-js';
import { useStore } from './use-store.ts';
import { EVENT_KINDS, OFFER_VIA, STAGES, type FactsInput } from '../../domain/facts-input.ts';
import { OFFER_VIA_LABELS, STAGE_LABELS, optionsOf } from '../../domain/ui/labels.ts';
import { EVENT_LABELS, eventDateLabel, eventSummary } from '../../domain/ui/step-view.ts';
import { locale } from '../../stores/clock.ts';
import { fieldId } from '../../domain/ui/wizard-steps.ts';
import { $eventDraft, $eventErrors, forgetEvent, recordEvent, updateEventDraft } from '../../stores/plan-view.ts';
import { CheckField, ChoiceField, TextField } from './Field.tsx';
import RoundPeople from './RoundPeople.tsx';

/** The form and the list of recorded events. */
export default function RecordEvent(props: { input: FactsInput }): JSX.Element {
  const draft = useStore($eventDraft);
  const errors = useStore($eventErrors);
  const index = () => props.input.events.length;
  const path = (field: string) => `events.${index()}.${field}`;
  let form: HTMLFormElement | undefined;

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (!recordEvent()) {
      queueMicrotask(() => {
        const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
        (invalid?.matches('fieldset') ? invalid.querySelector<HTMLElement>('input') : invalid)?.focus();
      });
    }
  };

  return (
    <section class="record-event" aria-labelledby="record-event-heading">
      <h3 id="record-event-heading">Heard back? Update your plan</h3>
      <Show when={props.input.events.length > 0}>
        <ul class="events">
          <For each={props.input.events}>
            {(event) => (
              <li>
                <span>{eventSummary(event, locale)}</span>
                <button type="button" class="button secondary small" onClick={() => forgetEvent(event.id)}>
                  Remove<span class="visually-hidden">: {eventSummary(event, locale)}</span>
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <form ref={(el) => (form = el)} novalidate onSubmit={submit}>
        <ChoiceField
          path={path('kind')}
          label="What happened?"
          options={optionsOf(EVENT_KINDS, EVENT_LABELS)}
          value={draft().kind}
          onValue={(v) => updateEventDraft('kind', v)}
          errors={errors}
        />
        <TextField
          path={path('date')}
          label={eventDateLabel(draft().kind)}
          type="date"
          required
          value={draft().date}
          onValue={(v) => updateEventDraft('date', v)}
          errors={errors}
        />
        <Show when={draft().kind === 'another-round'}>
          <div class="field-row">
            <TextField
              path={path('time')}
              label="Start time"
              type="time"
              required
              value={draft().time}
              onValue={(v) => updateEventDraft('time', v)}
              errors={errors}
            />
            <TextField
              path={path('durationMinutes')}
              label="Length in minutes"
              inputMode="numeric"
              value={draft().durationMinutes}
              onValue={(v) => updateEventDraft('durationMinutes', v)}
              errors={errors}
            />
          </div>
          <ChoiceField
            path={path('stage')}
            label="Which round is it?"
            options={optionsOf(STAGES, STAGE_LABELS)}
            value={draft().stage}
            onValue={(v) => updateEventDraft('stage', v)}
            errors={errors}
          />
          <RoundPeople path={path('interviewers')} people={draft().interviewers ?? []} errors={errors} />
        </Show>
        <Show when={draft().kind === 'rejected'}>
          <CheckField
            id={fieldId(path('askFeedback'))}
            label="Ask for feedback in my reply"
            checked={draft().askFeedback ?? false}
            onValue={(v) => updateEventDraft('askFeedback', v)}
          />
        </Show>
        <Show when={draft().kind === 'offer'}>
          <ChoiceField
            path={path('offerVia')}
            label="How did the offer come?"
            hint="An offer made on the phone adds a step to ask for it in writing."
            required
            options={optionsOf(OFFER_VIA, OFFER_VIA_LABELS)}
            value={draft().offerVia ?? ''}
            onValue={(v) => updateEventDraft('offerVia', v)}
            errors={errors}
          />
          <TextField
            path={path('answerBy')}
            label="When will you give your answer?"
            hint="Optional. Leave it empty and the plan suggests a day, three working days after the offer."
            type="date"
            value={draft().answerBy ?? ''}
            onValue={(v) => updateEventDraft('answerBy', v)}
            errors={errors}
          />
        </Show>
        <Show when={draft().kind === 'another-offer'}>
          <TextField
            path={path('deadline')}
            label="When is your answer due?"
            hint="The date the other employer gave you to accept or decline."
            type="date"
            required
            value={draft().deadline ?? ''}
            onValue={(v) => updateEventDraft('deadline', v)}
            errors={errors}
          />
          <TextField
            path={path('otherEmployer')}
            label="Who made the offer?"
            hint="Optional, and only for you: your messages leave it out unless you tick the box below."
            value={draft().otherEmployer ?? ''}
            onValue={(v) => updateEventDraft('otherEmployer', v)}
            errors={errors}
          />
          <Show when={(draft().otherEmployer ?? '').trim() !== ''}>
            <CheckField
              id={fieldId(path('mentionOther'))}
              label="Name them in my message"
              checked={draft().mentionOther ?? false}
              onValue={(v) => updateEventDraft('mentionOther', v)}
            />
          </Show>
        </Show>
        <button type="submit" class="button" id={fieldId('record-event')}>
          Update my plan
        </button>
      </form>
    </section>
  );
}
