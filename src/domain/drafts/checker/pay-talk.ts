/**
 * Pay talk: the candidate raising their own pay (expectations, the base, the
 * package, "I'd need at least…"). Money that describes work ("cut costs by
 * $2.4m", "a £3m budget", "saved €40k") is not pay talk, and neither is
 * "as a bonus", "pay-per-click" or "diversity, equity and inclusion".
 *
 * A sentence is pay talk when it holds a pay term (salary, the package, a
 * figure…) in a frame that makes it the candidate's own: a question or
 * request, a want ("I'd need", "I was hoping"), or a negotiation ("is there
 * flexibility", "agree the pay"). Past work ("I set the salary bands") and
 * figures next to words about work ("budget", "revenue", "to save") are not.
 * One finding per sentence, spanning its pay words.
 */
import type { Place } from '../types.ts';
import { splitSentences } from './sentences.ts';

const pattern = (source: string) => new RegExp(source, 'giu');
const APOS = `['’]`;

/** A sum of money: "£45,000", "$2.4m", "60k", "65,000", "40 euros", "the mid-fifties". */
const MONEY = String.raw`(?:[£$€¥]\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:k|m|mn|bn|million|thousand|grand)\b)?|\b\d[\d,.]*\s?(?:k|grand)\b|\b\d{2,3},\d{3}\b|\b\d[\d,]*\s?(?:pounds|dollars|euros)\b|\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?\s+thousand\b|\b(?:low|mid|high|upper)[-\s](?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|hundreds)\b)`;

/** Words after a pay noun that make it a work topic ("salary costs", "pay review for 400 staff"). */
const NOT_MINE = String.raw`(?![-\s]+(?:costs?|budgets?|bills?|spend|data|reviews?|benchmark\w*|surveys?|bands|grades|process\w*|systems?|software|admin\w*|reports?|sacrifice|per|transparency|policy|policies|audit\w*|attention|off|tribute|close|back|suppliers|invoices|them|it)\b)`;

/** Pay terms: nouns for the candidate's pay and its parts. */
const TERMS = [
  String.raw`\b(?:salar(?:y|ies)|remuneration|compensation|wages?|earnings|stock\s+options|pay\s?rises?|payrise|on-target\s+earnings|OTE|total\s+comp|commission(?:\s+structure)?)\b${NOT_MINE}`,
  String.raw`(?:\b(?:the|my|your|this|that|base|basic|starting|annual|monthly|take-home|higher|better|more|about|regarding|on|discuss)\s+pay\b${NOT_MINE}|\bpay\s+(?:range|band|scale|grade|rise|raise|increase|package|expectations?|structure|level|rate)\b)`,
  String.raw`\b(?:(?:compensation|benefits|relocation|salary|pay|remuneration)\s+package|(?:the|my|your|this|a|total|whole|overall)\s+package)\b(?!\s+(?:tracking|deliver\w*|holiday|manager|design|of|for\s+(?:our|the|my)\s+\w+\s+team))`,
  String.raw`\b(?:(?:sign(?:ing|-on)|joining|annual|performance|year-end|retention|cash|target|my|the)\s+)?bonus(?:es)?\b(?!\s+(?:points?|round|track|feature|material|content|of\s+(?:the|this|working)|is\s+that|was\s+that))`,
  String.raw`(?<!\b(?:private|home|brand|sweat|diversity,?|racial|health|pay|gender|digital)\s+)\bequity\b(?!\s+(?:and\s+inclusion|research|partners?|funds?|markets?|analysts?|capital|firms?|investors?|release|loans?|teams?|desk))`,
  String.raw`\b(?:the|my|your|a)\s+base(?:\s+(?:salary|pay))?\b(?!\s+(?:in|at|near|for|camp|layers?|models?|case|line|station|coat|of\s+(?:operations|customers|users|clients|knowledge)))`,
  String.raw`\b(?:(?:salary|pay)\s+and\s+benefits|benefits\s+package|the\s+benefits\b(?!\s+(?:of|to|for|that|it)))`,
  String.raw`\b(?:pension\s+(?:contributions?|scheme|match|plan)|employer\s+pension|(?:car|travel|relocation|housing|clothing|phone|home-working|remote-working)\s+allowance|holiday\s+(?:allowance|entitlement)|relocation\s+(?:support|costs)|company\s+car|paid\s+overtime|overtime\s+(?:pay|rates?|is\s+paid)|is\s+overtime\s+paid|time\s+off\s+in\s+lieu|budget\s+(?:is\s+)?for\s+(?:this|the)\s+(?:hire|role|position|post|job)|private\s+(?:medical|health)\w*|health\s+insurance|share\s+(?:scheme|options))\b`,
  String.raw`\b(?:a|the|my)\s+raise\b(?!\s+(?:in\s+(?:awareness|funds)|of\s+(?:the|concerns?|issues?)))`,
  String.raw`\b(?:(?:day|daily|hourly|asking|contract|my)\s+rate|rate\s+of\s+pay)\b`,
  String.raw`\bthe\s+(?:figure|number)s?\s+(?:you|we|on|in)\s+(?:quoted|mentioned|offered|discussed|proposed|gave|the\s+advert)`,
  String.raw`\b(?:(?:higher|better|improved|increased|bigger|revised|counter)[-\s]?offer|(?:improve|increase|match|beat|revise|raise)\s+(?:the|your|their|an?|my)\s+offer)\b`,
  String.raw`\bnegotiable\b`,
].map(pattern);

/** Words that show a figure measures work, not pay. */
const WORK = new RegExp(
  String.raw`\b(?:sav(?:e|ed|es|ing|ings)|cut|cuts|reduc\w*|grew|grow\w*|rais(?:ed|ing)|generat\w*|deliver\w*|brought|bring\w*|won|win\w*|secur\w*|manag\w*|handl\w*|oversaw|oversee\w*|ran|led|budget\w*|revenue|sales|costs?|spend\w*|spent|funding|fund\w*|invest\w*|contracts?|portfolio|turnover|profits?|worth|valu\w*|across|recover\w*|invoices?|pric\w*|payroll|programme|project|grant|expansion|targets?|goals?|hit|fines?|launch\w*|rebrand\w*|campaigns?|raised|sponsor\w*|loans?|P&L|ARR|MRR|GMV)\b`,
  'iu',
);

/** A question or a request. */
const REQUEST = String.raw`\?\s*$|\b(?:please|could\s+you|can\s+you|would\s+you|will\s+you|I${APOS}?d\s+(?:also\s+|really\s+|just\s+)?(?:like|love|be\s+(?:grateful|glad|interested))\s+to\s+(?:know|ask|understand|check|hear|discuss|learn|see|confirm|clarify|talk|get)|I\s+(?:also\s+|just\s+)?wanted\s+to\s+(?:ask|check|know|understand|clarify|raise|discuss|mention)|wonder(?:ing|ed)?|curious|out\s+of\s+interest|an\s+idea\s+of|details\s+of|let\s+me\s+know|clarity)\b`;
/** The candidate wanting, expecting or holding something. */
const WANT = String.raw`\bI(?:${APOS}d|${APOS}ll|\s+would|\s+will|\s+also|\s+still|\s+really|\s+do|\s+only)*\s+(?:need|want|expect|require|hope|ask\s+for|look\s+for|be\s+after|be\s+looking|accept|consider|settle|be\s+happy|be\s+comfortable|insist|prefer|get)\b|\bI(?:${APOS}m|\s+am|\s+was)\s+(?:\w+\s+)?(?:expecting|hoping|looking|paid|earning|seeking|asking|thinking|open\s+to)\b|\bI\s+(?:currently\s+|now\s+)?(?:earn|make)\b|\b(?:pays?|paid)\s+me\b`;
/** Bargaining words, present or future. */
const NEGOTIATE = String.raw`\b(?:negotiat(?:e|ing)|agree|discuss(?:ing)?|talk(?:ing)?|revisit(?:ing)?|clarify(?:ing)?|confirm(?:ing)?|flexib\w+|room\s+to\s+move|stretch|go\s+(?:any\s+)?(?:higher|up|further)|match(?:ing)?|improve|increase|top\s+up|bump|negotiable|reflect)\b`;
/** Past work in the first person ("I set…", "we ran…"): a pay noun there is the job, not the candidate's pay. */
const PAST_WORK =
  /\b(?:I|we|my\s+team)\s+(?:\w+ly\s+)?(?:(?!(?:wanted|hoped|wondered|needed|expected|liked|loved|enjoyed|appreciated|noticed|reali[sz]ed|mentioned|asked|decided|planned|intended|was|were)\b)\w+ed|ran|led|set|built|wrote|oversaw|cut|brought|won|made|took|drove|kept|held|sold|paid|grew|put|spent|did)\b/iu;

const PAY_NOUN = String.raw`(?:salary|pay|compensation|remuneration|earnings|wages?)\b${NOT_MINE}`;
const PACKAGE = String.raw`(?:(?:compensation|benefits|relocation|salary|pay)\s+)?package`;

/** Phrases that raise the candidate's own pay in any sentence. */
const ALWAYS = [
  // the salary range, the pay for this role, the salary you mentioned
  String.raw`\b(?:the|this|your|its)\s+(?:(?:base|basic|starting|annual|total)\s+)?(?:${PAY_NOUN}|package|day\s+rate|bonus|equity)\s+(?:range|band|bracket|level|for\s+(?:this|the)\s+(?:role|position|job|post)|on\s+offer|offered|you\s+(?:mentioned|offer|quoted|proposed)|being\s+offered|we\s+discussed)\b`,
  // ask about / clarity on / in terms of … the salary, the package, pay
  String.raw`\b(?:ask(?:ing)?\s+about|talk(?:ing)?\s+(?:about|through)|know\s+(?:more\s+)?about|learn(?:ing)?\s+(?:more\s+)?about|clarity\s+on|flexibility\s+(?:on|in|around)|in\s+terms\s+of|regarding|with\s+regard\s+to|about|on)\s+(?:(?:the|my|your|a|this)\s+)?(?:(?:base|basic|starting|total|overall)\s+)?(?:${PAY_NOUN}|${PACKAGE}\b(?!\s+(?:tracking|deliver\w*))|bonus(?:\s+(?:structure|scheme))?\b|day\s+rate\b|stock\s+options\b|pay\s+rise\b)`,
  String.raw`\b(?:higher|bigger|better|increased|improved|larger|lower|reduced|smaller)\s+(?:salary|pay|offer|package|rate|figure|base(?:\s+salary)?)\b`,
  String.raw`\b(?:than|what)\s+I(?:${APOS}m|\s+am)?\s+(?:currently\s+)?(?:on|paid|earning|getting|make|making|earn)\b(?:\s+(?:now|currently|at\s+the\s+moment|today))?`,
  String.raw`\b(?:expect|want|need|hope|like|deserve)\s+to\s+be\s+paid\b[^.?!,;]*`,
  String.raw`\b(?:settle|agree|discuss|talk|negotiate|finali[sz]e|go\s+over)\s+(?:the\s+)?(?:numbers|figures|terms)\b(?!\s+(?:for|of|behind|on|in)\b)`,
  String.raw`\b(?:salary|pay|package|offer|rate|compensation)\s+(?:were|was|is|would\s+be|could\s+be|came\s+in|seems?)\s+(?:a\s+(?:little|bit|lot)\s+|slightly\s+|much\s+|far\s+|too\s+)?(?:higher|lower|low|more|better|increased|under|below|less)\b`,
  String.raw`\b(?:salary|pay|package|compensation)\s+(?:would|will|does|doesn't|wouldn't|won't|doesn’t|wouldn’t|won’t)\s+(?:work|suit|be\s+enough|cover)\b`,
  String.raw`\bwhat\s+(?:kind\s+of\s+|sort\s+of\s+)?(?:salary|pay|bonus|package|compensation|raise)\b${NOT_MINE}`,
  String.raw`\bmy\s+(?:(?:current|present|existing|expected|desired|target|minimum|ideal|base|basic|starting|total|usual|annual|hourly|daily|asking)\s+){0,2}(?:salary|pay(?![-\s]+(?:attention|off|for|per))|compensation|remuneration|package|earnings|wages?|day\s+rate|hourly\s+rate|daily\s+rate|rate(?=\s+(?:is|was|would|of|for)\b)|bonus|base\s+salary|equity|pay\s+rise|raise)(?!\s+of\b)(?:\s+(?:expectations?|requirements?|range|history))?`,
  String.raw`\b(?:salary|pay|compensation|remuneration|package|rate)\s+(?:expectations?|requirements?|demands?)\b`,
  String.raw`\b(?:expected|desired|asking|starting|target|proposed|advertised)\s+(?:salary|pay|package|day\s+rate|rate|compensation)\b`,
  String.raw`\b(?:how\s+much|what)\s+(?:does\s+|would\s+|will\s+)?(?:the|this|it|that)(?:\s+(?:role|position|job|post))?\s+(?:pays?|would\s+pay|will\s+pay|is\s+paying|might\s+pay)\b`,
  String.raw`\bpays?\s+(?:more|better|less|well)\b(?!\s+attention)`,
  String.raw`\bI(?:${APOS}m|\s+am|${APOS}d\s+be|\s+would\s+be|\s+was)?\s+(?:currently\s+|now\s+)?(?:paid|earning|on)\s+(?:around\s+|about\s+|roughly\s+)?${MONEY}`,
  String.raw`\bwhat\s+I(?:${APOS}m|\s+am)?\s+(?:earn(?:ing)?|make|making|paid|on)\s+(?:now|currently|at\s+the\s+moment|today)\b`,
  String.raw`\bbe\s+paid\s+(?:at\s+least|more|less|what|the\s+same|${MONEY})`,
  String.raw`\b(?:anything|nothing|something)\s+(?:under|below|less\s+than|over|above|more\s+than|around|closer\s+to|near|in\s+the\s+region\s+of)\s+${MONEY}`,
  String.raw`\bmy\s+(?:minimum|floor|bottom\s+line|expectations?|ask)\b(?=[^.?!]*${MONEY})`,
  String.raw`\b(?:salary|pay)-wise\b|\btalk\s+money\b|\bcounter[-\s]?offer\b`,
  String.raw`\b(?:a\s+)?\d+\s?%\s+(?:raise|pay\s+rise|pay\s+increase|salary\s+increase|bump)\b`,
].map(pattern);

/** "I'd need at least £60k": a want, then a figure, with no other aim in between ("I want to help you hit £10m"). */
const WANT_FIGURE = pattern(
  String.raw`\bI(?:${APOS}d|${APOS}ll|${APOS}m)?\b[^.?!;]{0,30}?\b(?:need|want|expect|require|ask(?:ing)?\s+for|look(?:ing)?\s+(?:for|at)|hop(?:e|ing)\s+for|be\s+after|accept|consider|settle\s+for|be\s+(?:happy|comfortable|content)\s+with|target(?:ing)?|go\s+(?:below|lower|under)|thinking(?:\s+(?:of|about))?|get\s+to|stretch\s+to)\b((?:(?!\bto\s+(?!be\s+(?:paid|on)|earn|get\s+(?:paid|to)|take\s+home|receive|start\s+(?:on|at)))[^.?!;]){0,40}?)${MONEY}`,
);
/** A figure tied to pay by the words around it: "a salary of £x", "£x a year", "£52k figure". */
const PAY_FIGURE = [
  String.raw`\b(?:salary|pay|package|compensation|remuneration|base(?:\s+salary)?|OTE|day\s+rate|hourly\s+rate|rate\s+of\s+pay|offer|bonus|raise)\s+(?:(?:of|at|around|about|roughly|only|is|was|would|could|be|near|close|to|in|the|region|least|above|over|under|below|between|from)\s+){0,6}${MONEY}`,
  String.raw`${MONEY}\s+(?:[\w’']+\s+){0,2}?for\s+me\b`,
  String.raw`${MONEY}\s*(?:(?:a|an|per|each|every)\s+(?:year|annum|month|hour|day)|p\.?\s?a\.?(?!\w)|\/\s?(?:yr|year|hr|hour|day|month|annum)|annually|base\b|basic\b|salary|package|OTE|on-target|figure|plus\s+(?:bonus|benefits|equity|commission|stock)|gross|pre-tax|before\s+tax|take-home)`,
].map(pattern);
const MONEY_RE = pattern(MONEY);
const REQUEST_RE = pattern(REQUEST);
const WANT_RE = pattern(WANT);
const NEGOTIATE_RE = pattern(NEGOTIATE);

const spansOf = (re: RegExp, text: string): Place[] =>
  [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

/** The pay words of one sentence (offsets within it), or none when it is not pay talk. */
function paySpans(sentence: string): Place[] {
  const spans = wordSpans(sentence);
  // The figures of a pay-talk sentence are part of it ("… are £55,000 to £60,000").
  if (spans.length > 0 && !WORK.test(sentence)) spans.push(...spansOf(MONEY_RE, sentence));
  return spans;
}

/** The pay words and cues of one sentence, before its figures are added. */
function wordSpans(sentence: string): Place[] {
  const spans = ALWAYS.flatMap((re) => spansOf(re, sentence));
  const work = WORK.test(sentence);
  // A figure tied to pay counts unless the words up to it are about work ("saved £40k a year").
  for (const re of [WANT_FIGURE, ...PAY_FIGURE])
    for (const span of spansOf(re, sentence)) if (!WORK.test(sentence.slice(0, span.end))) spans.push(span);
  const terms = TERMS.flatMap((re) => spansOf(re, sentence));
  const figures = work ? [] : spansOf(MONEY_RE, sentence);
  if (terms.length + figures.length > 0) {
    const asked = spansOf(REQUEST_RE, sentence);
    const wanted = [...spansOf(WANT_RE, sentence), ...spansOf(NEGOTIATE_RE, sentence)];
    const cues = [...asked, ...wanted];
    const wants = wanted.length > 0;
    const asks = asked.length > 0;
    // Past work ("I set the salary bands") is only pay talk with a want or a bargain in the same sentence.
    const framed = wants || (asks && !PAST_WORK.test(sentence));
    if (framed && terms.length > 0) spans.push(...terms, ...cues.filter((c) => !/^\?/u.test(sentence.slice(c.start))));
    else if (wants && figures.length > 0 && !PAST_WORK.test(sentence)) spans.push(...figures);
  }
  return spans;
}

/**
 * Stems at least one of which every pattern above needs: a sentence without
 * any cannot be pay talk, and most sentences of a note have none, so the
 * patterns run on few sentences (a test keeps this list in step with them).
 */
export const PAY_STEMS =
  /salar|pay|paid|compens|remunera|wage|earn|packag|bonus|equity|base|benefit|pension|allowance|\bcar\b|medical|health|share|overtime|lieu|budget|raise|rate|figure|number|offer|negotia|stock|\bote\b|comp\b|commission|money|thousand|relocat|than I|what I|[£$€¥\d]|twent|thirt|fort|fift|sixt|sevent|eight|ninet|hundred/iu;

/** Places where the text raises the candidate's own pay: one per sentence, spanning its pay words. */
export function payTalk(text: string): Place[] {
  const places: Place[] = [];
  if (!PAY_STEMS.test(text)) return places;
  for (const sentence of splitSentences(text)) {
    if (!PAY_STEMS.test(sentence.text)) continue;
    const spans = paySpans(sentence.text);
    if (spans.length === 0) continue;
    const start = Math.min(...spans.map((s) => s.start));
    const end = Math.max(...spans.map((s) => s.end));
    places.push({ start: sentence.start + start, end: sentence.start + end });
  }
  return places;
}
