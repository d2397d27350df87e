/**
 * A cheap first look, so the wording rules load only when they may have
 * something to say: the engine's own wording is clean (a property test holds
 * it to zero findings), so an unedited draft can only trip a wording rule
 * through words the user typed into the facts. This screen errs towards
 * "maybe": a miss here would hide a finding, a false "maybe" costs one load.
 */
const STEMS =
  /salar|\bpay|paid|compens|remunera|packag|bonus|equity|pension|allowance|overtime|\brate\b|[£$€¥]|\d\s?k\b|\d,\d{3}|thousand|grand|earn|figure|number|offer|negotia|sorry|apolog|forgive|bother|trouble|mess|blew|bomb|froze|nervous|terribl|awful|doubt|better than me|natural|not (?:good|great|the|sure|very)|prepared|depth|wast|\bneed|must|require|expect|asap|urgent|immediately|soon|quick|prompt|\bby\b|within|latest|essence|otherwise|\bper\b|as I|previous|already|remind|waiting|heard|patient|again|twice|times|busy|actually|refer|hey|hiya|\byo\b|mate|buddy|dude|lol|haha|xx|[:;]-?[)D(P]|check|touch|circl|reach|finds you|stock|option|money|\bcomp\b|\bbase\b|budget|\bcar\b|benefit|fifties|forties|sixties|today|tomorrow|tonight|this (?:week|afternoon|morning)|before|later than|answer|reply|respon|back to me|probably|nuisance|\bpain\b|\bpest\b|\bdown\b|disaster|badly|poorly|respect|\blast\b|email|message|repeat|this time|at all|!|\p{Extended_Pictographic}/iu;

/** Doubled punctuation and a word said twice, which the on-demand half also checks. */
const SLIPS = /[.,;:!?]{2}|(?<![\p{L}\p{M}])([\p{L}\p{M}]+)\s+\1(?![\p{L}\p{M}])/iu;

/** Whether any of these texts (the user's own words) may trip a rule that loads on demand. */
export const mayNeedWording = (texts: readonly (string | null | undefined)[]): boolean =>
  texts.some((t) => !!t && (STEMS.test(t) || SLIPS.test(t)));
