/**
 * A draft's editable text with the checker's findings marked in it. Each
 * field is a real <input> or <textarea> over a highlight layer that repeats
 * the text (hidden from assistive technology) with the flagged words marked;
 * the two share font, padding and wrapping, and the textarea grows with its
 * text so the layers never drift. The findings list says what each mark is
 * about and links its guide; activating a finding selects its words in the
 * field, so keyboard and screen-reader users reach the same place.
 */
import { createMemo, createSignal, For, Show, type JSX } from 'solid-js';
import { guideHref } from '../../domain/guides.ts';
import { findingLabel, markSegments, type CheckedPart, type DraftFinding } from '../../domain/ui/draft-checks.ts';
import { guideName } from '../../domain/ui/step-view.ts';

/** One editable part. */
interface PartProps {
  /** The text shown. */
  text: string;
  /** Called with every change. */
  onInput: (text: string) => void;
}

/** Props of the editor. */
interface Props {
  /** Prefix for element ids, unique per step. */
  idBase: string;
  /** The message field's label, e.g. "Email draft". */
  label: string;
  /** Visible lines of the message when short. */
  rows: number;
  /** The subject line, for formats that have one. */
  subject: PartProps | null;
  /** The message. */
  body: PartProps;
  /** What the checker found, in list order. */
  findings: readonly DraftFinding[];
  /** Whether every check has run (the wording rules load on demand; until then the list says so). */
  complete: boolean;
  /** The message's length against its limit. */
  size: { label: string; over: boolean };
  /** Called when the user starts editing (focus or typing), so the rest of the checker can load. */
  onStartEditing: () => void;
  /** Buttons shown under the text (copy, mail app…). */
  children?: JSX.Element;
}

/** An input or textarea over a layer that marks the findings' words. */
function MarkedField(props: {
  id: string;
  part: CheckedPart;
  multiline: boolean;
  rows: number;
  text: string;
  findings: readonly DraftFinding[];
  active: number | null;
  describedBy: string;
  onInput: (text: string) => void;
  onStartEditing: () => void;
  ref: (el: HTMLInputElement | HTMLTextAreaElement) => void;
  layerRef: (el: HTMLDivElement) => void;
}): JSX.Element {
  let layer: HTMLDivElement | undefined;
  const mine = createMemo(() =>
    props.findings.map((f, index) => ({ f, index })).filter(({ f }) => f.part === props.part),
  );
  const segments = createMemo(() =>
    markSegments(
      props.text,
      mine().map(({ f }) => f.place),
    ).map((s) => ({ ...s, findings: s.findings.map((i) => mine()[i]?.index ?? -1) })),
  );
  // A one-line input scrolls sideways: keep the layer in step.
  const follow = (el: HTMLInputElement | HTMLTextAreaElement) => {
    if (layer) layer.scrollLeft = el.scrollLeft;
  };
  const common = {
    id: props.id,
    dir: 'auto' as const,
    spellcheck: true,
    'aria-describedby': props.describedBy,
    onFocus: props.onStartEditing,
    onScroll: (e: Event) => follow(e.currentTarget as HTMLInputElement),
    onSelect: (e: Event) => follow(e.currentTarget as HTMLInputElement),
    onKeyUp: (e: Event) => follow(e.currentTarget as HTMLInputElement),
  };
  return (
    <div class="marked-text" classList={{ multiline: props.multiline }} style={{ '--rows': props.rows }}>
      <div
        class="marks"
        dir="auto"
        aria-hidden="true"
        ref={(el) => {
          layer = el;
          props.layerRef(el);
        }}
      >
        <For each={segments()}>
          {(segment) =>
            segment.findings.length > 0 ? (
              <mark
                data-findings={segment.findings.join(' ')}
                classList={{ active: props.active !== null && segment.findings.includes(props.active) }}
              >
                {segment.text}
              </mark>
            ) : (
              segment.text
            )
          }
        </For>
        {/* A trailing newline needs a character after it to take up its line. */}
        {props.multiline ? ' ' : ''}
      </div>
      {props.multiline ? (
        <textarea
          {...common}
          ref={props.ref}
          rows={props.rows}
          value={props.text}
          onInput={(e) => {
            props.onStartEditing();
            props.onInput(e.currentTarget.value);
          }}
        />
      ) : (
        <input
          {...common}
          ref={props.ref}
          value={props.text}
          onInput={(e) => {
            props.onStartEditing();
            props.onInput(e.currentTarget.value);
            follow(e.currentTarget);
          }}
        />
      )}
    </div>
  );
}

/** The subject and message fields with their marks, the length, and the findings list. */
export default function DraftEditor(props: Props): JSX.Element {
  const [active, setActive] = createSignal<number | null>(null);
  const fields: Partial<Record<CheckedPart, HTMLInputElement | HTMLTextAreaElement>> = {};
  const layers: Partial<Record<CheckedPart, HTMLDivElement>> = {};
  const ids = {
    subject: `${props.idBase}-subject`,
    body: `${props.idBase}-body`,
    size: `${props.idBase}-size`,
    summary: `${props.idBase}-checks-summary`,
  };
  const summary = () => {
    const n = props.findings.length;
    if (n > 0) return `${n} ${n === 1 ? 'thing' : 'things'} to check, listed under Checks.`;
    return props.complete ? 'Nothing to fix.' : '';
  };

  /** Selects a finding's words in its field and brings its mark into view. */
  const show = (index: number) => {
    const finding = props.findings[index];
    const field = finding && fields[finding.part];
    if (!finding || !field) return;
    setActive(index);
    field.focus({ preventScroll: true });
    field.setSelectionRange(finding.place.start, finding.place.end);
    const mark = layers[finding.part]?.querySelector(`mark[data-findings~="${index}"]`);
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    (mark ?? field).scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
    if (field instanceof HTMLInputElement && layers[finding.part]) layers[finding.part]!.scrollLeft = field.scrollLeft;
  };
  const edit = (part: PartProps) => (text: string) => {
    setActive(null);
    part.onInput(text);
  };

  return (
    <>
      <div class="draft-text">
        <Show when={props.subject}>
          {(subject) => (
            <div class="field">
              <label for={ids.subject}>Subject</label>
              <MarkedField
                id={ids.subject}
                part="subject"
                multiline={false}
                rows={1}
                text={subject().text}
                findings={props.findings}
                active={active()}
                describedBy={ids.summary}
                onInput={edit(subject())}
                onStartEditing={props.onStartEditing}
                ref={(el) => (fields.subject = el)}
                layerRef={(el) => (layers.subject = el)}
              />
            </div>
          )}
        </Show>
        <div class="field">
          <label for={ids.body}>{props.label}</label>
          <MarkedField
            id={ids.body}
            part="body"
            multiline
            rows={props.rows}
            text={props.body.text}
            findings={props.findings}
            active={active()}
            describedBy={`${ids.size} ${ids.summary}`}
            onInput={edit(props.body)}
            onStartEditing={props.onStartEditing}
            ref={(el) => (fields.body = el)}
            layerRef={(el) => (layers.body = el)}
          />
          <p class="draft-size" classList={{ over: props.size.over }} id={ids.size}>
            {props.size.label}
          </p>
          <div class="print-text" aria-hidden="true">
            <Show when={props.subject}>{(s) => <p class="print-subject">Subject: {s().text}</p>}</Show>
            {props.body.text}
          </div>
        </div>
        {props.children}
      </div>
      <section class="findings" aria-label="Checks on this draft">
        <h4>Checks</h4>
        <p id={ids.summary} class="visually-hidden">
          {summary()}
        </p>
        <Show
          when={props.findings.length > 0}
          fallback={
            <p class="ok">
              {props.complete ? 'Nothing to fix. Read it once more, then send.' : 'Checking the wording…'}
            </p>
          }
        >
          <ul>
            <For each={props.findings}>
              {(finding, index) => (
                <li classList={{ active: active() === index() }}>
                  <button type="button" class="finding-words" onClick={() => show(index())}>
                    <span class="visually-hidden">
                      Show in the {finding.part === 'subject' ? 'subject' : 'draft'}:{' '}
                    </span>
                    {finding.ruleId === 'too-long' ? findingLabel(finding) : <q>{findingLabel(finding)}</q>}
                  </button>{' '}
                  {finding.reason} <a href={guideHref(finding.guide)}>{guideName(finding.guide)}</a>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </section>
    </>
  );
}
