/**
 * Shown while an interview (or the next round) is still ahead: when the plan
 * starts, and what to gather on the day. Loaded only when that is the case.
 */
import { For, type JSX } from 'solid-js';
import { guideHref } from '../../domain/guides.ts';
import type { Format } from '../../domain/facts-input.ts';
import { beforeYouGo, planStartsSentence, settingOf } from '../../domain/ui/before-you-go.ts';
import type { RoundTimes } from '../../domain/ui/interview-ahead.ts';

/** The "coming up" box with its "before you go" checklist. */
export default function InterviewAhead(props: { round: RoundTimes; format: Format; locale: string }): JSX.Element {
  return (
    <section class="ahead" aria-labelledby="ahead-heading">
      <h3 id="ahead-heading">
        {props.round.round === 1 ? 'Your interview is coming up' : 'Your next round is coming up'}
      </h3>
      <p>{planStartsSentence(props.round, props.locale)}</p>
      <h4>Before you go</h4>
      <ul class="ahead-list">
        <For each={beforeYouGo(settingOf(props.round.round, props.format))}>
          {(item) => (
            <li>
              {item.text} <a href={guideHref(item.guide)}>{item.more}</a>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
