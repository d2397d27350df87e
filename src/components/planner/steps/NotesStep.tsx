/** Step 4: what the messages should say, how they go out, and in what voice. */
import type { JSX } from 'solid-js';
import { CHANNELS, TONES, type FactsInput } from '../../../domain/facts-input.ts';
import { CHANNEL_LABELS, TONE_LABELS, optionsOf } from '../../../domain/ui/labels.ts';
import { updateField } from '../../../stores/wizard.ts';
import { ChoiceField, TextField } from '../Field.tsx';

/** Material for the drafts. All optional. */
export default function NotesStep(props: { input: FactsInput }): JSX.Element {
  const notes = () => props.input.notes;
  return (
    <>
      <p class="step-intro">All optional: anything you add here goes into your drafts.</p>
      <TextField
        path="notes.strengths"
        label="Strengths to restate"
        hint="One or two reasons you fit the role, as they would follow “I would bring…”: e.g. ten years of retail analytics."
        multiline
        value={notes().strengths}
        onValue={(v) => updateField('notes', 'strengths', v)}
      />
      <TextField
        path="notes.correction"
        label="Something you forgot to say, or want to correct"
        multiline
        value={notes().correction}
        onValue={(v) => updateField('notes', 'correction', v)}
      />
      <TextField
        path="notes.question"
        label="A question to ask them"
        multiline
        value={notes().question}
        onValue={(v) => updateField('notes', 'question', v)}
      />
      <ChoiceField
        path="notes.channel"
        label="How would you like to say thank you?"
        options={optionsOf(CHANNELS, CHANNEL_LABELS)}
        value={notes().channel}
        onValue={(v) => updateField('notes', 'channel', v)}
      />
      <ChoiceField
        path="notes.tone"
        label="Tone of your messages"
        options={optionsOf(TONES, TONE_LABELS)}
        value={notes().tone}
        onValue={(v) => updateField('notes', 'tone', v)}
      />
      <TextField
        path="notes.userName"
        label="Your name, to sign with"
        autocomplete="name"
        value={notes().userName}
        onValue={(v) => updateField('notes', 'userName', v)}
      />
    </>
  );
}
