/**
 * A step's drafts: tabs for email, card, LinkedIn and phone, a tone switch
 * and "Another wording", the editable text with the checker's findings marked
 * in it and listed beside it (DraftEditor), and Copy / Open in email app.
 * Switching away from the user's edit asks first and offers Undo (the rules
 * are in stores/draft-choice.ts). Text is always rendered as text, never as HTML.
 */
import { createEffect, createMemo, createSignal, For, on, Show, type JSX } from 'solid-js';
import type { Facts } from '../../domain/facts.ts';
import { TONES, type Tone } from '../../domain/facts-input.ts';
import type { Step } from '../../domain/plan/types.ts';
import { draftFindings, needsWording } from '../../domain/ui/draft-checks.ts';
import { UNDO_OFFER } from '../../domain/ui/draft-choice.ts';
import { DRAFT_TABS, defaultTab, draftView, type DraftTab } from '../../domain/ui/draft-view.ts';
import { TONE_LABELS } from '../../domain/ui/labels.ts';
import { $elsewhere, $wordingCheck, loadWordingCheck } from '../../stores/checker.ts';
import {
  $draftNotice,
  $draftQuestion,
  $draftReplaced,
  anotherWording,
  chooseTone,
  discardChanges,
  editDraftText,
  keepEdits,
  replaceEdits,
  undoReplace,
} from '../../stores/draft-choice.ts';
import { canShare, copyText, shareText } from './browser.ts';
import DraftEditor from './DraftEditor.tsx';
import { useStore } from './use-store.ts';

/** Props: the step, the facts, the chosen tone and wording and the saved edits. */
interface Props {
  step: Step;
  facts: Facts;
  tone: Tone;
  /** Which of the tone's wordings, from 0. */
  wording: number;
  edits: Readonly<Record<string, string>>;
  /** Prefix for element ids, unique per step. */
  idBase: string;
}

/** The draft panel for one step. */
export default function DraftPanel(props: Props): JSX.Element {
  const [tab, setTab] = createSignal<DraftTab>(defaultTab(props.step.channel));
  const [status, setStatus] = createSignal('');
  const view = createMemo(() =>
    draftView({
      step: props.step,
      facts: props.facts,
      tone: props.tone,
      wording: props.wording,
      tab: tab(),
      edits: props.edits,
    }),
  );
  const question = useStore($draftQuestion);
  const replaced = useStore($draftReplaced);
  const notice = useStore($draftNotice);
  const asking = () => (question()?.stepId === props.step.id ? question() : null);
  const canUndo = () => replaced()?.stepId === props.step.id;
  const radios: HTMLInputElement[] = [];
  let wordingButton: HTMLButtonElement | undefined;
  let keepButton: HTMLButtonElement | undefined;
  let undoButton: HTMLButtonElement | undefined;
  // A tone radio the user clicked stays unchecked while we ask: the tone on show is still the old one.
  const syncRadios = () => radios.forEach((radio) => (radio.checked = radio.value === props.tone));
  // What a switch did (or undid), said in this panel's live region.
  createEffect(
    on(
      () => notice().count,
      () => {
        if (notice().stepId === props.step.id) setStatus(notice().text);
      },
      { defer: true },
    ),
  );
  // Keyboard focus follows the question, then the Undo offer, so neither is missed.
  createEffect(
    on(
      () => asking()?.text,
      (asked) => {
        if (asked) queueMicrotask(() => keepButton?.focus());
      },
    ),
  );
  const replace = () => {
    replaceEdits();
    syncRadios();
    queueMicrotask(() => undoButton?.focus());
  };
  const undo = () => {
    undoReplace();
    syncRadios();
    queueMicrotask(() => wordingButton?.focus());
  };
  const wording = useStore($wordingCheck);
  const elsewhere = useStore($elsewhere);
  const edited = () => !!(view()?.body.edited || view()?.subject?.edited);
  const needed = () => needsWording(props.facts, edited());
  // The wording rules load once a draft holds the user's own words that may need them.
  createEffect(() => {
    if (needed() && !wording()) void loadWordingCheck();
  });
  const findings = createMemo(() => {
    const v = view();
    if (!v) return [];
    return draftFindings(
      {
        step: props.step,
        facts: props.facts,
        format: v.format,
        subject: v.subject?.text ?? null,
        body: v.body.text,
        elsewhere: elsewhere(),
      },
      wording(),
    );
  });
  const tabId = (id: DraftTab) => `${props.idBase}-tab-${id}`;
  const tabs: HTMLButtonElement[] = [];

  const onTabKey = (event: KeyboardEvent, index: number) => {
    const moves: Record<string, number> = {
      ArrowRight: 1,
      ArrowLeft: -1,
      Home: -index,
      End: DRAFT_TABS.length - 1 - index,
    };
    const by = moves[event.key];
    if (by === undefined) return;
    event.preventDefault();
    const next = (index + by + DRAFT_TABS.length) % DRAFT_TABS.length;
    const target = DRAFT_TABS[next];
    if (target) setTab(target.id);
    tabs[next]?.focus();
  };
  const copy = async (text: string, what: string) => {
    setStatus('');
    setStatus((await copyText(text)) ? `Copied ${what}.` : 'Could not copy: select the text and copy it yourself.');
  };
  // Where the browser has a share sheet (phones), hand the draft to mail, LinkedIn or a messaging app.
  const share = async (text: string, title: string | undefined) => {
    setStatus('');
    const outcome = await shareText(title ? { title, text } : { text });
    if (outcome === 'failed') setStatus('Could not share: use Copy instead.');
  };

  return (
    <Show when={view()}>
      {(draft) => (
        <div class="draft-panel">
          <div class="draft-controls">
            <div role="tablist" aria-label="Message format" class="tabs">
              <For each={DRAFT_TABS}>
                {(item, index) => (
                  <button
                    type="button"
                    role="tab"
                    ref={(el) => (tabs[index()] = el)}
                    id={tabId(item.id)}
                    aria-selected={tab() === item.id}
                    aria-controls={`${props.idBase}-panel`}
                    tabindex={tab() === item.id ? 0 : -1}
                    onClick={() => setTab(item.id)}
                    onKeyDown={(e) => onTabKey(e, index())}
                  >
                    {item.label}
                  </button>
                )}
              </For>
            </div>
            <fieldset class="tone">
              <legend>Tone</legend>
              <For each={TONES}>
                {(tone) => (
                  <label class="choice inline">
                    <input
                      type="radio"
                      ref={(el) => radios.push(el)}
                      name={`${props.idBase}-tone`}
                      value={tone}
                      checked={props.tone === tone}
                      onChange={() => {
                        chooseTone(props.step.id, tone);
                        syncRadios();
                      }}
                    />
                    <span>{TONE_LABELS[tone]}</span>
                  </label>
                )}
              </For>
            </fieldset>
            <Show when={draft().wordings.count > 1}>
              <div class="wording">
                <button
                  type="button"
                  class="button secondary small"
                  ref={(el) => (wordingButton = el)}
                  aria-describedby={`${props.idBase}-wording`}
                  onClick={() => anotherWording(props.step.id)}
                >
                  Another wording
                </button>
                <span id={`${props.idBase}-wording`}>
                  {draft().wordings.label}
                  <Show when={draft().edited}>, edited by you</Show>
                </span>
              </div>
            </Show>
          </div>
          <Show when={asking()}>
            {(asked) => (
              <div class="draft-ask" role="group" aria-labelledby={`${props.idBase}-ask`}>
                <p id={`${props.idBase}-ask`}>{asked().text}</p>
                <div class="notice-actions">
                  <button type="button" class="button small" onClick={replace}>
                    Replace my changes
                  </button>
                  <button
                    type="button"
                    class="button secondary small"
                    ref={(el) => (keepButton = el)}
                    onClick={keepEdits}
                  >
                    Keep my changes
                  </button>
                </div>
              </div>
            )}
          </Show>
          <Show when={canUndo()}>
            <div class="draft-ask">
              <p>{UNDO_OFFER}</p>
              <div class="notice-actions">
                <button type="button" class="button secondary small" ref={(el) => (undoButton = el)} onClick={undo}>
                  Undo<span class="visually-hidden">: bring back my changes</span>
                </button>
              </div>
            </div>
          </Show>
          <div role="tabpanel" id={`${props.idBase}-panel`} aria-labelledby={tabId(tab())} class="draft-body">
            <DraftEditor
              idBase={props.idBase}
              label={`${DRAFT_TABS.find((t) => t.id === tab())?.label ?? ''} draft`}
              rows={tab() === 'email' ? 12 : 6}
              subject={(() => {
                const subject = draft().subject;
                return subject
                  ? { text: subject.text, onInput: (text: string) => editDraftText(props.step.id, subject.key, text) }
                  : null;
              })()}
              body={{
                text: draft().body.text,
                onInput: (text) => editDraftText(props.step.id, draft().body.key, text),
              }}
              findings={findings()}
              complete={!!wording() || !needed()}
              size={draft().size}
              onStartEditing={() => void loadWordingCheck()}
            >
              <div class="draft-actions">
                <button type="button" class="button" onClick={() => void copy(draft().body.text, 'the message')}>
                  Copy
                </button>
                <Show when={canShare()}>
                  <button
                    type="button"
                    class="button secondary"
                    onClick={() => void share(draft().body.text, draft().subject?.text)}
                  >
                    Share…
                  </button>
                </Show>
                <Show when={draft().subject}>
                  {(s) => (
                    <button type="button" class="button secondary" onClick={() => void copy(s().text, 'the subject')}>
                      Copy subject
                    </button>
                  )}
                </Show>
                <Show when={draft().mailto}>
                  {(link) => (
                    <Show
                      when={!link().tooLong}
                      fallback={
                        <p class="note">
                          This message is too long to open in some email apps: use Copy and paste it instead.
                        </p>
                      }
                    >
                      <a class="button secondary" href={link().href}>
                        Open in email app
                      </a>
                    </Show>
                  )}
                </Show>
                <Show when={draft().edited}>
                  <button
                    type="button"
                    class="button secondary"
                    onClick={() => {
                      const keys = [draft().body.key, draft().subject?.key ?? ''].filter(Boolean);
                      discardChanges(props.step.id, keys);
                      queueMicrotask(() => undoButton?.focus());
                    }}
                  >
                    Discard my changes
                  </button>
                </Show>
              </div>
              <p class="copy-status" role="status">
                {status()}
              </p>
            </DraftEditor>
          </div>
        </div>
      )}
    </Show>
  );
}
