/**
 * "Open on another device": the open plan as a link (the plan itself, packed
 * into the fragment) and as a QR code drawn here, with the choice to leave out
 * free-text notes and edited drafts, the link's size, and a plain warning that
 * anyone with the link can read the plan. Loaded only when asked for.
 */
import { createEffect, createSignal, on, onMount, Show, type JSX } from 'solid-js';
import { useStore } from './use-store.ts';
import { editedDraftCount, hasNotes } from '../../domain/share/shared-plan.ts';
import { $activePlan } from '../../stores/plans.ts';
import { linkForActivePlan, type OutgoingLink } from '../../stores/share.ts';
import { canShare, copyText, loadStylesheet, shareText } from './browser.ts';
import shareStyles from './share.css?url';

/** Resolves once the share styles are in (their own file: not part of the planner's first visit). */
export const stylesReady: Promise<void> = loadStylesheet(shareStyles);

/** Props: what to do when the dialog closes. */
interface Props {
  onClose: () => void;
}

/** The share dialog, open as soon as it mounts. */
export default function ShareDialog(props: Props): JSX.Element {
  const plan = useStore($activePlan);
  const [notes, setNotes] = createSignal(true);
  const [drafts, setDrafts] = createSignal(true);
  const [outgoing, setOutgoing] = createSignal<OutgoingLink | null>(null);
  const [status, setStatus] = createSignal('');
  let dialog: HTMLDialogElement | undefined;
  let revision = 0;

  const withNotes = () => {
    const p = plan();
    return p ? hasNotes(p) : false;
  };
  const draftCount = () => {
    const p = plan();
    return p ? editedDraftCount(p) : 0;
  };
  // Rebuild the link whenever the choices or the plan change (the latest build wins).
  createEffect(
    on([notes, drafts, plan], ([n, d]) => {
      const mine = ++revision;
      void linkForActivePlan({ notes: n, drafts: d }).then((link) => {
        if (mine === revision) setOutgoing(link);
      });
    }),
  );
  onMount(() => dialog?.showModal());

  const leaveOut = () => {
    setNotes(false);
    setDrafts(false);
  };
  const copy = async () => {
    const link = outgoing()?.link;
    if (!link) return;
    setStatus('');
    setStatus((await copyText(link)) ? 'Link copied.' : 'Could not copy: select the link and copy it yourself.');
  };
  const share = async () => {
    const link = outgoing()?.link;
    if (!link) return;
    setStatus('');
    if ((await shareText({ title: 'My follow-up plan', url: link })) === 'failed')
      setStatus('Could not share: use Copy link instead.');
  };

  return (
    <dialog
      ref={(el) => (dialog = el)}
      class="share-dialog"
      aria-labelledby="share-heading"
      aria-describedby="share-warning"
      onClose={() => props.onClose()}
    >
      <div class="share-head">
        <h2 id="share-heading">Open on another device</h2>
        <button type="button" class="button secondary small" onClick={() => dialog?.close()}>
          Close
        </button>
      </div>
      <div class="share-body">
        <div class="share-main">
          <p>
            Scan the code with your phone's camera, or send yourself the link. The plan travels inside the link: no
            server receives or keeps a copy.
          </p>
          <p class="share-warning" id="share-warning">
            <strong>Anyone who has this link can read the plan.</strong> Send it only to yourself.
          </p>
          <Show when={withNotes() || draftCount() > 0}>
            <fieldset class="share-choices">
              <legend>What the link includes</legend>
              <Show when={withNotes()}>
                <label class="choice">
                  <input type="checkbox" checked={notes()} onChange={(e) => setNotes(e.currentTarget.checked)} />
                  <span>My notes (strengths, what to correct, my question, what I discussed with each person)</span>
                </label>
              </Show>
              <Show when={draftCount() > 0}>
                <label class="choice">
                  <input type="checkbox" checked={drafts()} onChange={(e) => setDrafts(e.currentTarget.checked)} />
                  <span>{draftCount() === 1 ? 'The draft I edited' : `The ${draftCount()} drafts I edited`}</span>
                </label>
              </Show>
            </fieldset>
          </Show>
          <Show when={outgoing()} fallback={<p role="status">Making the link…</p>}>
            {(out) => (
              <>
                <div class="field share-link">
                  <label for="share-link">Link to this plan</label>
                  <input
                    id="share-link"
                    readonly
                    value={out().link}
                    aria-describedby="share-size"
                    onFocus={(e) => e.currentTarget.select()}
                  />
                  <p id="share-size" class="share-size" classList={{ over: !out().size.fits }}>
                    {out().size.label}
                  </p>
                </div>
                <div class="share-actions">
                  <button type="button" class="button" onClick={() => void copy()}>
                    Copy link
                  </button>
                  <Show when={canShare()}>
                    <button type="button" class="button secondary" onClick={() => void share()}>
                      Share link…
                    </button>
                  </Show>
                </div>
                <p class="copy-status" role="status">
                  {status()}
                </p>
              </>
            )}
          </Show>
        </div>
        <Show when={outgoing()}>
          {(out) => (
            <Show
              when={out().qr}
              fallback={
                <div class="share-too-long">
                  <p>
                    This link is too long for a phone camera to read from a screen. Copy it instead, or shorten it by
                    leaving out your notes and edited drafts.
                  </p>
                  <Show when={notes() || drafts()}>
                    <button type="button" class="button secondary small" onClick={leaveOut}>
                      Leave out notes and edited drafts
                    </button>
                  </Show>
                </div>
              }
            >
              {(qr) => (
                <figure class="share-qr">
                  <svg
                    role="img"
                    aria-label="QR code of the link to this plan"
                    viewBox={`0 0 ${qr().size} ${qr().size}`}
                    shape-rendering="crispEdges"
                  >
                    <rect width={qr().size} height={qr().size} fill="#fff" />
                    <path d={qr().path} fill="#000" />
                  </svg>
                  <figcaption>Point your phone's camera at the code, then open the link it finds.</figcaption>
                </figure>
              )}
            </Show>
          )}
        </Show>
      </div>
    </dialog>
  );
}
