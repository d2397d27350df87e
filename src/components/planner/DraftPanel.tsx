/**
 * A step's drafts: tabs for email, card, LinkedIn and phone, a tone switch,
 * the editable text with the checker's findings beside it, and Copy / Open in
 * email app. Text is always rendered as text, never as HTML.
 */
import { createMemo, createSignal, For, Show, type JSX } from 'solid-js';
import type { Facts } from '../../domain/facts.ts';
import { TONES, type Tone } from '../../domain/facts-input.ts';
import { guideHref } from '../../domain/guides.ts';
import type { Step } from '../../domain/plan/types.ts';
import { DRAFT_TABS, defaultTab, draftView, type DraftTab } from '../../domain/ui/draft-view.ts';
import { TONE_LABELS } from '../../domain/ui/labels.ts';
import { guideName } from '../../domain/ui/step-view.ts';
import { editDraft, setDraftTone } from '../../stores/plan-view.ts';
import { canShare, copyText, shareText } from './browser.ts';

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
            <div class="draft-text">
              <Show when={draft().subject}>
                {(subject) => (
                  <div class="field">
                    <label for={`${props.idBase}-subject`}>Subject</label>
                    <input
                      id={`${props.idBase}-subject`}
                      dir="auto"
                      value={subject().text}
                      onInput={(e) => editDraft(subject().key, e.currentTarget.value)}
                    />
                  </div>
                )}
              </Show>
              <div class="field">
                <label for={`${props.idBase}-body`}>{DRAFT_TABS.find((t) => t.id === tab())?.label} draft</label>
                <textarea
                  aria-describedby={`${props.idBase}-size`}
                  id={`${props.idBase}-body`}
                  dir="auto"
                  rows={tab() === 'email' ? 12 : 6}
                  value={draft().body.text}
                  onInput={(e) => editDraft(draft().body.key, e.currentTarget.value)}
                />
                <p class="draft-size" classList={{ over: draft().size.over }} id={`${props.idBase}-size`}>
                  {draft().size.label}
                </p>
                <div class="print-text" aria-hidden="true">
                  <Show when={draft().subject}>{(s) => <p class="print-subject">Subject: {s().text}</p>}</Show>
                  {draft().body.text}
                </div>
              </div>
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
            </div>
            <section class="findings" aria-label="Checks on this draft">
              <h4>Checks</h4>
              <Show
                when={draft().findings.length > 0}
                fallback={<p class="ok">Nothing to fix. Read it once more, then send.</p>}
              >
                <ul>
                  <For each={draft().findings}>
                    {(finding) => (
                      <li>
                        <Show when={finding.excerpt}>
                          <q>{finding.excerpt}</q>{' '}
                        </Show>
                        {finding.reason} <a href={guideHref(finding.guide)}>{guideName(finding.guide)}</a>
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
            </section>
          </div>
        </div>
      )}
    </Show>
  );
}
