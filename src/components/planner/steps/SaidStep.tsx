/** Step 3: what they said about a decision, and the user's own read of how it went. */
import { Show, type JSX } from 'solid-js';
import { DECISION_KINDS, INTEREST, WENT, type FactsInput } from '../../../domain/facts-input.ts';
import {
  DECISION_DATE_LABELS,
  DECISION_LABELS,
  INTEREST_LABELS,
  WENT_LABELS,
  optionsOf,
} from '../../../domain/ui/labels.ts';
import { updateField } from '../../../stores/wizard.ts';
import { CheckField, ChoiceField, TextField } from '../Field.tsx';

/** What was said, and how it went. */
export default function SaidStep(props: { input: FactsInput }): JSX.Element {
  const decision = () => props.input.decision;
  return (
    <>
      <ChoiceField
        path="decision.kind"
        label="Did they say when you would hear back?"
        options={optionsOf(DECISION_KINDS, DECISION_LABELS)}
        value={decision().kind}
        onValue={(v) => updateField('decision', 'kind', v)}
      />
      <Show when={decision().kind !== 'none'}>
        <TextField
          path="decision.date"
          label={DECISION_DATE_LABELS[decision().kind]}
          type="date"
          required
          value={decision().date}
          onValue={(v) => updateField('decision', 'date', v)}
        />
      </Show>
      <CheckField
        id="f-decision-nextStepsExplained"
        label="They explained the next steps"
        checked={decision().nextStepsExplained}
        onValue={(v) => updateField('decision', 'nextStepsExplained', v)}
      />
      <ChoiceField
        path="read.went"
        label="How do you think it went?"
        options={optionsOf(WENT, WENT_LABELS)}
        value={props.input.read.went}
        onValue={(v) => updateField('read', 'went', v)}
      />
      <ChoiceField
        path="read.interest"
        label="Do you still want the job?"
        hint="Either way, a thank-you is worth sending."
        options={optionsOf(INTEREST, INTEREST_LABELS)}
        value={props.input.read.interest}
        onValue={(v) => updateField('read', 'interest', v)}
      />
    </>
  );
}
