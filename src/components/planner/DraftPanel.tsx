/**
 * A step's drafts: tabs for email, card, LinkedIn and phone, a tone switch,
 * the editable text with the checker's findings marked in it and listed
 * beside it (DraftEditor), and Copy / Open in email app. Text is always
 * rendered as text, never as HTML.
 */
import { createEffect, createMemo, createSignal, For, Show, type JSX } from 'solid-js';
import type { Facts } from '../../domain/facts.ts';
import { TONES, type Tone } from '../../domain/facts-input.ts';
import type { Step } from '../../domain/plan/types.ts';
import { draftFindings, needsWording } from '../../domain/ui/draft-checks.ts';
import { DRAFT_TABS, defaultTab, draftView, type DraftTab } from '../../domain/ui/draft-view.ts';
import { TONE_LABELS } from '../../domain/ui/labels.ts';
import { $elsewhere, $wordingCheck, loadWordingCheck } from '../../stores/checker.ts';
import { editDraft, setDraftTone } from '../../stores/plan-view.ts';
import { canShare, copyText, shareText } from './browser.ts';
import DraftEditor from './DraftEditor.tsx';
import { useStore } from './use-store.ts';

/** Props: the step, the facts, the chosen tone and the saved edits. */
interface Props {
  step: Step;
  facts: Facts;
  tone: Tone;
  edits: Readonly<Record<string, string>>;
  /** Prefix for element ids, unique per step. */
  idBase: string;
}

/** The draft panel for one step. */
export default function DraftPanel(props: Props): JSX.Element {
  const [tab, setTab] = createSignal<DraftTab>(defaultTab(props.step.channel));
  const [status, setStatus] = createSignal('');
  const view = createMemo(() =>
    draftView({ step: props.step, facts: props.facts, tone: props.tone, tab: tab(), edits: props.edits }),
  );
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
                      name={`${props.idBase}-tone`}
                      value={tone}
                      checked={props.tone === tone}
                      onChange={() => setDraftTone(props.step.id, tone)}
                    />
                    <span>{TONE_LABELS[tone]}</span>
                  </label>
                )}
              </For>
            </fieldset>
          </div>
          <div role="tabpanel" id={`${props.idBase}-panel`} aria-labelledby={tabId(tab())} class="draft-body">
            <DraftEditor
              idBase={props.idBase}
              label={`${DRAFT_TABS.find((t) => t.id === tab())?.label ?? ''} draft`}
              rows={tab() === 'email' ? 12 : 6}
              subject={(() => {
                const subject = draft().subject;
                return subject ? { text: subject.text, onInput: (text: string) => editDraft(subject.key, text) } : null;
              })()}
              body={{ text: draft().body.text, onInput: (text) => editDraft(draft().body.key, text) }}
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
                <Show when={draft().body.edited || draft().subject?.edited}>
                  <button
                    type="button"
                    class="button secondary"
                    onClick={() => {
                      editDraft(draft().body.key, null);
                      const s = draft().subject;
                      if (s) editDraft(s.key, null);
                    }}
                  >
                    Undo my changes
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
