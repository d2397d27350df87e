/**
 * Wording rules that are a matter of phrases: pressure (a deadline set for
 * the employer), apologising for writing or running oneself down, reproach
 * for a slow reply, over-familiarity, emoji and stock phrases. Each pattern
 * matches within one sentence, and the match is the exact place reported.
 * Phrasings that only look alike stay clean: "by Friday" when the candidate
 * offers to send something, "sorry to hear", "as I mentioned in the interview".
 */
import type { Place } from '../types.ts';
import type { WordingRule } from './wording-rules.ts';

const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*`;
const DAY = String.raw`\d{1,2}(?::\d\d)?\s?(?:am|pm)|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening))?|tomorrow(?:\s+(?:morning|afternoon|evening))?|tonight|today|noon|midday|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?${MONTH})?|(?:this|next)\s+\w+|(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?(?:day|week|month|business)(?:\s+(?:today|tomorrow))?|(?:the\s+)?weekend|cob|eod|eow|${MONTH}(?:\s+\d{1,2}(?:st|nd|rd|th)?)?`;
/** When the sender wants the reply: "by Friday", "within 48 hours", "ASAP". */
const DEADLINE = String.raw`(?:(?:by|before|no\s+later\s+than)\s+(?:${DAY})\b(?:\s+at\s+the\s+latest)?|as\s+soon\s+as\s+possible|asap|a\.s\.a\.p\.?|immediately|right\s+away|urgently|straight\s+away|at\s+once|without\s+delay|within\s+(?:the\s+next\s+)?(?:\d+|one|two|three|four|five|a\s+few|a\s+couple\s+of)\s+(?:hours?|days?|business\s+days?|working\s+days?)|at\s+the\s+latest)`;
/** A near day, pushy only right after the ask ("let me know today", not "if tomorrow suits you"). */
const SOON = String.raw`today|tomorrow|tonight|this\s+(?:week|afternoon|morning|evening)`;
/** What the sender wants: an answer, to hear back, to be told. */
const ASK = String.raw`(?:(?:(?:an?|your|the)\s+)?(?:final\s+|clear\s+)?(?:answer|decision|response|reply|update|confirmation|verdict|outcome)|(?:an?\s+)?yes\s+or\s+no|to\s+(?:know|hear(?:\s+back)?|have\s+(?:an?\s+)?(?:answer|decision)|get\s+(?:an?\s+)?(?:answer|decision|reply|response)))`;
const REPLY = String.raw`(?:let\s+me\s+know|get\s+back\s+to\s+me|come\s+back\s+to\s+me|respond|reply|revert|confirm|decide|tell\s+me|update\s+me|answer\s+me)`;
/** The sender's own need, not the employer's ("do you need…" stays clean). */
const NEED = String.raw`(?:\bI(?:'d|’d|'ll|’ll|\s+(?:really|also|just|will|would|do|still))*\s+)?(?<!\b(?:you|they|he|she|it|team|who)\s+)\b(?:need|must\s+(?:have|know|hear|get)|require|expect|have\s+to\s+(?:have|know|hear))\b`;
const ASKING = String.raw`\b(?:please|kindly|can\s+you|could\s+you|would\s+you|will\s+you|I(?:'d|’d|\s+would)\s+(?:like|appreciate|be\s+grateful\s+for|want)|I(?:'ll|’ll|\s+will)\s+need|make\s+sure)\b`;
const GAP = String.raw`[^.?!\n]{0,40}?`;

/** Pattern sources per rule, matched case-insensitively within a sentence. */
const SOURCES: Partial<Record<WordingRule, readonly string[]>> = {
  'pushy-deadline': [
    `(?:${NEED}|${ASKING})${GAP}\\b(?:${ASK}|${REPLY})\\b${GAP}\\b${DEADLINE}`,
    `(?:${NEED}|${ASKING})${GAP}\\b(?:${ASK}|${REPLY})\\s+(?:[\\w’']+\\s+)?(?:${SOON})\\b`,
    `${NEED}\\s+(?:[\\w’']+\\s+){0,2}?${ASK}\\b`,
    String.raw`\b${REPLY}\s+(?:[\w’']+\s+){0,3}?(?:asap|as\s+soon\s+as\s+possible|immediately|urgently|right\s+away|quickly|promptly)\b`,
    // An imperative: "Get back to me before the weekend."
    `(?:^|[.!?]\\s+|\\n)\\s*(?:${REPLY})\\b${GAP}\\b${DEADLINE}`,
    String.raw`\b(?:must|need\s+to|have\s+to)\s+(?:know|hear)\b[^.?!\n]{0,40}?\b(?:by|before|no\s+later\s+than|within)\b[^.?!,;\n]*`,
    String.raw`\btime\s+is\s+of\s+the\s+essence\b`,
    String.raw`\bif\s+I\s+(?:don't|don’t|do\s+not|haven't|haven’t|have\s+not)\s+(?:hear|heard|get|receive|received)\b[^.?!\n]{0,30}?\b(?:by|before|within)\b[^.?!,\n]*`,
    String.raw`\b(?:or|otherwise)\s+I(?:'ll|’ll|\s+will|\s+would|'d|’d)\s+(?:have\s+to\s+|need\s+to\s+|be\s+forced\s+to\s+)?(?:accept|take|go\s+with|withdraw|move\s+on|assume|look\s+elsewhere)\b[^.?!\n]*`,
  ],
  'self-talk': [
    String.raw`\b(?:(?:I'm|I’m|I\s+am|so|very|really)\s+)?sorry\s+to\s+(?:bother|trouble|pester|chase|disturb|hassle|bug|nag|keep\s+\w+ing|email|write\s+again|be\s+a\s+(?:pain|nuisance))(?:\s+you)?(?:\s+again)?`,
    String.raw`\b(?:(?:I'm|I’m|I\s+am|so|very|really)\s+)?sorry\s+(?:for|about)\s+(?:bothering|troubling|pestering|chasing|disturbing|emailing(?:\s+you)?\s+again|writing\s+again|wasting|taking\s+up\s+(?:so\s+much\s+of\s+)?your\s+time|the\s+(?:many|repeated|multiple|constant)\s+(?:emails|messages|calls)|(?:another|one\s+more)\s+(?:email|message)|being\s+a\s+(?:pain|nuisance))[^.?!\n,;]*`,
    String.raw`\b(?:I\s+)?apologi[sz]e\s+for\s+(?:bothering|troubling|pestering|chasing|disturbing|the\s+intrusion|wasting|taking\s+up|writing\s+again|emailing\s+again)[^.?!\n,;]*`,
    String.raw`\bapologies\s+(?:for|if)\s+(?:bothering|troubling|pestering|chasing|the\s+intrusion|wasting|this\s+is\s+a\s+bother)[^.?!\n,;]*`,
    String.raw`\b(?:sorry|apologies)\s+(?:again\s+)?(?:for|about)\s+(?:the|all\s+the)\s+(?:trouble|bother|hassle|inconvenience|emails|messages|chasing)\b`,
    String.raw`\b(?:being|am|I'm|I’m)\s+(?:such\s+)?a\s+(?:pain|nuisance|pest|bother|burden)\b`,
    String.raw`\b(?:better|stronger|more\s+(?:qualified|experienced|suitable|impressive))\s+(?:candidates?|people|applicants|options)\s+than\s+me\b|\b(?:someone|somebody|anyone)\s+(?:better|stronger|more\s+\w+)\s+than\s+me\b`,
    String.raw`\bI(?:'m|’m|\s+am)\s+(?:just\s+|really\s+|honestly\s+)?(?:not|never)\s+(?:very\s+|that\s+|particularly\s+|great\s+|much\s+)?(?:good|great|strong)\s+at\b[^.?!\n,;]*`,
    String.raw`\bsorry\b[^.?!\n]{0,30}?\b(?:again|another\s+(?:email|message)|(?:second|third|fourth|fifth)\s+(?:email|message|call))\b`,
    String.raw`\bwast(?:ed|ing)\s+(?:your|the\s+panel(?:'s|’s)|everyone(?:'s|’s))\s+time\b`,
    String.raw`\bI\s+(?:\w+\s+)?(?:am|(?<=I)'m|(?<=I)’m)\s+not\s+(?:a\s+natural|cut\s+out\s+for)\b[^.?!\n,;]*`,
    String.raw`\bI\s+(?:\w+\s+)?(?:was|am|felt|seemed)\s+(?:so\s+|really\s+|very\s+|badly\s+|completely\s+)?(?:underprepared|unprepared|out\s+of\s+my\s+depth|not\s+(?:well\s+)?prepared|a\s+disappointment)\b[^.?!\n,;]*`,
    String.raw`\bI\s+hate\s+to\s+(?:bother|trouble|pester|chase)(?:\s+you)?`,
    String.raw`\bI\s+(?:don't|don’t|do\s+not)\s+want\s+to\s+(?:be\s+a\s+(?:pain|nuisance|bother)|bother|pester|be\s+pushy)(?:\s+you)?`,
    String.raw`\bforgive\s+me\s+for\s+(?:bothering|writing|chasing|emailing|pestering)[^.?!\n,;]*`,
    String.raw`\bI\s+(?:know\s+I\s+)?(?:really\s+|totally\s+|completely\s+)?(?:messed|screwed|mucked|stuffed|fouled)\s+(?:it\s+|things\s+|that\s+)?up\b[^.?!\n,;]*`,
    String.raw`\bI\s+(?:know\s+I\s+)?(?:really\s+|totally\s+|completely\s+)?(?:blew|bombed|botched|flubbed|fluffed|fumbled)\s+(?:it|that|(?:the|my)\s+(?:\w+\s+)?(?:question|answer|interview|presentation|test|task|case\s+study|exercise|assessment|round|part|chance))\b[^.?!\n,;]*`,
    String.raw`\bI\s+(?:came|come)\s+across\s+(?:so\s+|really\s+|very\s+)?(?:badly|poorly|as\s+(?:nervous|arrogant|rude|unprepared|disorganised|disorganized|unsure))\b|\bI\s+(?:did|performed|interviewed|presented)\s+(?:really\s+|so\s+|very\s+)?(?:badly|poorly|terribly|awfully)\b`,
    String.raw`\bI\s+(?:completely\s+|totally\s+|just\s+)?froze(?=\s*(?:[.,;!?]|$|\s+(?:on|when|during|up|at|in\s+the|completely)\b))[^.?!\n,;]*`,
    String.raw`\bI\s+was\s+(?:so|really|very|terribly|incredibly|too|extremely)\s+(?:nervous|bad|awful|terrible)\b[^.?!\n,;]*`,
    String.raw`\bI\s+(?:was|am|felt)\s+(?:terrible|awful|hopeless|useless|stupid|an\s+idiot|a\s+mess)\b`,
    String.raw`\bmy\s+(?:terrible|awful|poor|bad|weak|rambling|embarrassing|disastrous)\s+(?:answers?|performance|interview|showing|responses?)\b`,
    String.raw`\bmy\s+(?:answers?|performance|interview|presentation)\s+(?:was|were)\s+(?:so\s+|really\s+|very\s+|pretty\s+)?(?:terrible|awful|poor|bad|weak|a\s+disaster|embarrassing)\b`,
    String.raw`\bI(?:'m|’m|\s+am)\s+sure\s+you(?:'ve|’ve|\s+have)\s+(?:found|met|seen|got)\s+(?:someone|somebody|other|better|stronger)[^.?!\n,;]*`,
    String.raw`\bI\s+know\s+I(?:'m|’m|\s+am)\s+not\b[^.?!\n,;]*`,
    String.raw`\bI(?:'m|’m|\s+am)\s+(?:probably\s+|likely\s+|just\s+)?not\s+(?:the\s+(?:best|strongest|right|ideal|most\s+\w+)|(?:very\s+)?(?:good|qualified|experienced|skilled)\s+enough|what\s+you)\b[^.?!\n,;]*`,
    String.raw`\bI(?:'m|’m|\s+am)\s+not\s+sure\s+I(?:'m|’m|\s+am)\s+(?:qualified|good|experienced|skilled|right)\s+enough[^.?!\n,;]*`,
    String.raw`\bI\s+(?:probably|likely)\s+(?:didn't|didn’t|did\s+not|won't|won’t|will\s+not)\s+(?:get|make|do|come\s+across)\b[^.?!\n,;]*`,
    String.raw`\bI\s+doubt\s+(?:I|that\s+I|you)\b[^.?!\n,;]*`,
    String.raw`\bI\s+(?:\w+ly\s+)?let\s+(?:you|myself|the\s+team|everyone|you\s+all)\s+down\b[^.?!\n,;]*`,
    String.raw`\bI\s+(?:rambled|waffled)\b`,
  ],
  'passive-aggressive': [
    String.raw`\b(?:as\s+)?per\s+my\s+(?:last|previous|earlier|prior)\s+(?:email|e-mail|message|note|call|voicemail)\b`,
    String.raw`\bas\s+I(?:'ve|’ve|\s+have)?\s+(?:already\s+)?(?:said|mentioned|stated|noted|written|wrote|explained|pointed\s+out)\s+(?:before|previously|already|earlier|several\s+times|many\s+times|repeatedly|more\s+than\s+once|in\s+my\s+(?:last|previous|earlier|prior)\s+(?:email|e-mail|message|note))\b`,
    String.raw`\bas\s+I(?:'ve|’ve|\s+have)\s+already\s+(?:said|mentioned|stated|explained|pointed\s+out)\b`,
    String.raw`\bas\s+(?:previously|already)\s+(?:said|mentioned|stated|noted|explained)\b`,
    String.raw`\bI(?:'ve|’ve|\s+have)?\s+already\s+(?:told|explained\s+to)\s+you\b`,
    String.raw`\b(?:friendly|gentle|quick|polite)\s+reminder\b`,
    String.raw`\bin\s+case\s+(?:you\s+missed|it\s+got\s+lost|my\s+(?:last|previous)\s+(?:email|message)\s+(?:got|was)\s+(?:lost|missed))\b[^.?!\n,;]*`,
    String.raw`\b(?:not\s+sure|unsure|wondering)\s+(?:if|whether)\s+(?:you\s+(?:saw|received|got|read)\s+my|my\s+(?:last|previous|earlier)\s+(?:email|message)\s+(?:got|was|reached))[^.?!\n,;]*`,
    String.raw`\bdid\s+you\s+(?:get|see|receive|read)\s+my\s+(?:last|previous|earlier)\s+(?:email|message|note)\b`,
    String.raw`\bI\s+(?:still\s+haven't|still\s+haven’t|still\s+have\s+not)\s+(?:heard|had|received)\b[^.?!\n,;]*`,
    String.raw`\b(?:I(?:'m|’m|\s+am)\s+)?still\s+waiting\s+(?:for|on|to)\b[^.?!\n,;]*`,
    String.raw`\bI(?:'ve|’ve|\s+have)\s+been\s+waiting\s+(?:for\s+(?:an?\s+)?(?:update|reply|response|answer|decision)|since)\b[^.?!\n,;]*`,
    String.raw`\bI\s+would\s+have\s+(?:expected|thought|hoped)\b[^.?!\n,;]*`,
    String.raw`\b(?:it's|it’s|it\s+has)\s+been\s+(?:\w+\s+){1,2}(?:days|weeks|months)\s+(?:and|since|without)\b[^.?!\n;]*`,
    String.raw`\bwith\s+(?:all\s+)?due\s+respect\b`,
    String.raw`\b(?:heard|hear|heard\s+back|had|received|seen|got)\b[^.?!\n]{0,25}?\bby\s+now\b`,
    String.raw`\bas\s+I\s+(?:said|wrote|mentioned|explained)\s+last\s+time\b`,
    String.raw`\b(?:been\s+(?:very\s+)?patient|waiting\s+patiently|it(?:'s|’s|\s+has)\s+now\s+been)\b[^.?!\n,;]*`,
    String.raw`\b(?:read|seen|received|opened|answered|replied|responded)\b[^.?!\n]{0,25}?\bat\s+all\b`,
    String.raw`\bmy\s+(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+(?:email|e-mail|message|attempt|call|follow-up|voicemail)\b`,
    String.raw`\bonce\s+again,?\s+I(?:'m|’m|\s+am)?\s+(?:following|writing|chasing|checking|emailing|asking|contacting)\b`,
    String.raw`\bas\s+I(?:'ve|’ve|\s+have)?\s+(?:already\s+)?(?:made\s+(?:clear|plain)|indicated|told\s+you)\b(?:\s+(?:before|previously|already|earlier))?`,
    String.raw`\b(?:emailed|written|called|phoned|messaged|tried|chased|contacted\s+you)\s+(?:you\s+)?(?:twice|three\s+times|several\s+times|repeatedly|a\s+few\s+times|many\s+times)\b[^.?!\n,;]*|\bwithout\s+(?:a|any)\s+(?:reply|response|answer)\b`,
    String.raw`\bI\s+(?:assume|presume|suppose|guess|take\s+it)\s+(?:that\s+)?you(?:'re|’re|\s+are|\s+have\s+been)\s+(?:very\s+|too\s+|extremely\s+|rather\s+)?busy\b[^.?!\n]*|\b(?:since|as)\s+I\s+have\s+heard\s+nothing\b`,
    String.raw`\b(?:refer|see)\s+(?:back\s+)?to\s+my\s+(?:last|earlier|previous|prior)\s+(?:email|e-mail|message|note)\b`,
    String.raw`\bas\s+(?:I\s+)?(?:said|stated|mentioned|noted|explained|wrote|outlined|set\s+out)\s+(?:in|on)\s+my\s+(?:last|previous|earlier|prior|other)\s+(?:email|e-mail|message|note|letter|voicemail)s?\b`,
    String.raw`\b(?:I(?:'ll|’ll|\s+will)|let\s+me)\s+repeat\b[^.?!\n,;]*|\bto\s+repeat\s+(?:myself|what\s+I)\b`,
    String.raw`\b(?:this\s+time|for\s+once)\b[^.?!\n]{0,30}?\b(?:reply|respond|answer|get\s+back|hear|write\s+back)\w*`,
    String.raw`\b(?:surprised|disappointed|concerned|frustrated|puzzled|confused)\s+(?:that\s+)?(?:I\s+(?:still\s+)?(?:haven't|haven’t|have\s+not|hadn't|hadn’t)|not\s+to\s+have|to\s+have\s+heard\s+nothing|there\s+(?:has|had)\s+been\s+no)\b[^.?!\n,;]*`,
    String.raw`\bmy\s+(?:last|previous)\s+(?:two|three|four|several|few|many)\s+(?:emails|messages|calls|voicemails|notes)\b|\b(?:several|multiple|many|repeated)\s+(?:emails|messages|attempts|calls|voicemails)\b`,
    String.raw`\bactually\s+(?:replying|responding|getting\s+back|reading|answering|reply|respond)\b|\bthanks?\s+in\s+advance\s+for\s+(?:your\s+)?(?:prompt|quick|swift|timely|speedy)\b[^.?!\n,;]*`,
  ],
  'over-familiar': [
    String.raw`\b(?:hey|hiya|yo|mate|buddy|dude|lol|haha+|xoxo|x{2,3}|love\s+ya)\b`,
    String.raw`(?<=^|\s)[:;]-?[)D(P](?=\s|$)`,
  ],
  cliche: [
    String.raw`\b(?:just\s+(?:checking|following)\s+(?:in|up)|touch(?:ing)?\s+base|circl(?:e|ing)\s+back|reach(?:ing)?\s+out\s+to\s+see|hope\s+this\s+(?:email|message)\s+finds\s+you\s+well|I\s+know\s+you(?:'re|’re|\s+are)\s+(?:very\s+)?busy)\b`,
  ],
};

/** Compiled patterns per rule. */
const PATTERNS = Object.entries(SOURCES).map(
  ([ruleId, sources]) => [ruleId as WordingRule, sources.map((s) => new RegExp(s, 'gimu'))] as const,
);

const EMOJI = /\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F/gu;

/** Every phrase-rule match: the rule and the exact place, overlapping matches of one rule merged. */
export function phraseFindings(text: string): { ruleId: WordingRule; place: Place }[] {
  const out: { ruleId: WordingRule; place: Place }[] = [];
  for (const [ruleId, patterns] of PATTERNS) {
    const places: Place[] = [];
    for (const re of patterns)
      for (const m of text.matchAll(re)) {
        const trimmed = m[0].trimEnd();
        if (trimmed) places.push({ start: m.index, end: m.index + trimmed.length });
      }
    for (const place of mergeOverlaps(places)) out.push({ ruleId, place });
  }
  for (const m of text.matchAll(EMOJI))
    out.push({ ruleId: 'emoji', place: { start: m.index, end: m.index + m[0].length } });
  return out;
}

/** Places sorted, with overlapping ones joined. */
export function mergeOverlaps(places: readonly Place[]): Place[] {
  const sorted = [...places].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Place[] = [];
  for (const p of sorted) {
    const last = merged.at(-1);
    if (last && p.start < last.end) last.end = Math.max(last.end, p.end);
    else merged.push({ ...p });
  }
  return merged;
}
