/**
 * What employers say in published surveys, as data: one record per survey and
 * one per figure, so a guide cites a figure by id (`<Evidence id>`) and the
 * citation (publisher, date, who was asked, link) always travels with it.
 * Every record traces to ../shared/guidance-facts.md §10 ("Survey evidence");
 * the statements are this site's own words. The figures the sheet marks as
 * untraceable are listed too (`UNTRACEABLE`), so the tests can refuse them.
 */
import type { Position } from './guidance.ts';

/** One published survey. */
export interface Survey {
  /** Stable id: publisher and year. */
  id: SurveyId;
  /** Who ran the survey, as the release names it. */
  publisher: string;
  /** The year the survey was run. */
  year: number;
  /** When, as readers see it: "November 2017". */
  date: string;
  /** Who was asked, with the sample size where the release gives one. */
  sample: string;
  /** The address of the release or of the report that carries it (a plain link, never fetched). */
  url: `https://${string}`;
  /** The outlet at that address, when it is not the publisher's own release. */
  via: string | null;
}

/** One survey's id: publisher and year. */
export type SurveyId =
  | 'accountemps-2017'
  | 'accountemps-2018'
  | 'topresume-2017'
  | 'careerbuilder-2011'
  | 'careerbuilder-2005'
  | 'accountemps-2007';

/** Every survey the guides may cite (§10). */
export const SURVEYS: Readonly<Record<SurveyId, Survey>> = {
  'accountemps-2017': {
    id: 'accountemps-2017',
    publisher: 'Accountemps (Robert Half)',
    year: 2017,
    date: 'November 2017',
    sample: 'HR managers in the US',
    url: 'https://press.roberthalf.com/2017-11-20-Thank-You-Notes-Can-Tip-Scale-in-Job-Candidates-Favor-Yet-Few-Write-Them',
    via: null,
  },
  'accountemps-2018': {
    id: 'accountemps-2018',
    publisher: 'Accountemps',
    year: 2018,
    date: 'January 2018',
    sample: 'HR managers',
    url: 'https://hrdailyadvisor.blr.com/2018/01/30/33-hr-hiring-managers-turned-candidate-pushy-interview/',
    via: 'HR Daily Advisor',
  },
  'topresume-2017': {
    id: 'topresume-2017',
    publisher: 'TopResume',
    year: 2017,
    date: 'November 2017',
    sample: '358 recruiters and hiring managers',
    url: 'https://talentinc.com/press-2017-11-14/',
    via: null,
  },
  'careerbuilder-2011': {
    id: 'careerbuilder-2011',
    publisher: 'CareerBuilder',
    year: 2011,
    date: 'February–March 2011',
    sample: 'over 2,800 employers in the US',
    url: 'https://www.plansponsor.com/thank-you-notes-still-important-to-hiring-managers/',
    via: 'PlanSponsor',
  },
  'careerbuilder-2005': {
    id: 'careerbuilder-2005',
    publisher: 'CareerBuilder',
    year: 2005,
    date: 'May 2005',
    sample: 'over 650 hiring managers',
    url: 'https://press.careerbuilder.com/2005-08-16-Nearly-15-Percent-of-Hiring-Managers-Would-Dismiss-a-Candidate-Who-Doesnt-Send-a-Thank-You-Letter-CareerBuilder-com-Survey-Finds',
    via: null,
  },
  'accountemps-2007': {
    id: 'accountemps-2007',
    publisher: 'Accountemps',
    year: 2007,
    date: 'August 2007',
    sample: '150 senior executives in the US',
    url: 'https://www.plansponsor.com/executives-suggest-thank-you-notes-after-job-interviews/',
    via: 'PlanSponsor',
  },
};

/** Whether a position's source is a survey (cited with a link) rather than one of the articles. */
export function isSurveyId(source: string): source is SurveyId {
  return Object.hasOwn(SURVEYS, source);
}

/** One figure from a survey, stated in the site's own words. */
export interface Figure {
  /** Which survey it comes from. */
  survey: SurveyId;
  /** The number as readers see it, leading the sentence: "80%", "About 15%". */
  value: string;
  /** The rest of the sentence after the number, ending with a full stop. */
  says: string;
}

/** Every figure the guides may cite, by id (§10, one record per figure). */
export const FIGURES = {
  'thank-you-counts-2017': {
    survey: 'accountemps-2017',
    value: '80%',
    says: 'of HR managers said a thank-you note plays a part when they decide whom to hire.',
  },
  'few-send-2017': {
    survey: 'accountemps-2017',
    value: '24%',
    says: 'of applicants sent one, by those managers’ count; a decade earlier it was 51%.',
  },
  'email-fine-2017': {
    survey: 'accountemps-2017',
    value: '94%',
    says: 'of HR managers rated an emailed thank-you as appropriate.',
  },
  'card-fine-2017': {
    survey: 'accountemps-2017',
    value: '86%',
    says: 'of them rated a handwritten note as appropriate.',
  },
  'too-pushy-2018': {
    survey: 'accountemps-2018',
    value: '33%',
    says: 'of HR managers had dropped a candidate from the running for being too pushy after the interview.',
  },
  'thank-you-affects-2017': {
    survey: 'topresume-2017',
    value: '68%',
    says: 'of recruiters and hiring managers said receiving a thank-you has a bearing on their decision.',
  },
  'dismissed-no-thanks-2017': {
    survey: 'topresume-2017',
    value: '16%',
    says: 'had ruled a candidate out because no thank-you ever arrived.',
  },
  'less-likely-2011': {
    survey: 'careerbuilder-2011',
    value: '22%',
    says: 'of employers were less inclined to hire someone who sent no thank-you.',
  },
  'poor-follow-through-2011': {
    survey: 'careerbuilder-2011',
    value: '86%',
    says: 'of that group took the silence as a sign the candidate does not follow through.',
  },
  'email-accepted-2011': {
    survey: 'careerbuilder-2011',
    value: '89%',
    says: 'of employers said thanking them by email is acceptable.',
  },
  'expect-two-days-2005': {
    survey: 'careerbuilder-2005',
    value: '26%',
    says: 'of hiring managers expected the note within two days, and 36% within three to five.',
  },
  'prefer-card-2007': {
    survey: 'accountemps-2007',
    value: '52%',
    says: 'of senior executives preferred a handwritten note, against 44% for email.',
  },
} as const satisfies Record<string, Figure>;

/** One figure's id, as `<Evidence id>` takes it. */
export type FigureId = keyof typeof FIGURES;

/** A figure with its survey resolved, ready to render. */
export interface CitedFigure extends Figure {
  /** The figure's id. */
  id: FigureId;
}

/** Looks up figures by id; all must come from one survey, so one citation covers them (throws otherwise). */
export function citeFigures(ids: FigureId | readonly FigureId[]): { figures: CitedFigure[]; survey: Survey } {
  const list = typeof ids === 'string' ? [ids] : ids;
  const figures = list.map((id): CitedFigure => {
    const figure: Figure | undefined = FIGURES[id];
    if (!figure) throw new Error(`Unknown figure id: ${id}`);
    return { id, ...figure };
  });
  const surveyIds = new Set(figures.map((f) => f.survey));
  if (figures.length === 0 || surveyIds.size !== 1) {
    throw new Error(`<Evidence> shows figures from exactly one survey; got ${[...surveyIds].join(', ') || 'none'}.`);
  }
  return { figures, survey: SURVEYS[figures[0]!.survey] };
}

/** A figure the fact sheet says must never be cited, and how to recognise it. */
export interface Untraceable {
  /** The claim, as it circulates. */
  claim: string;
  /** Why it is refused (§10). */
  why: string;
  /** Matches the claim in a page's text. */
  pattern: RegExp;
  /** Matches a survey record that would bring the claim back as data. */
  publisher: RegExp;
  /** With `publisher`: the year, when the claim names one. */
  year?: number;
  /** With `publisher`: the values, when only those are wrong. */
  values?: readonly string[];
}

/** The figures §10 marks "do not cite". The tests check the data and every built page against them. */
export const UNTRACEABLE: readonly Untraceable[] = [
  {
    claim: 'The 2017 Accountemps helpfulness split as "2/40/17/38"',
    why: 'a garbled reprint (CareerBeacon); the release gives 22/58/12/8',
    pattern: /careerbeacon|\b2\s*\/\s*40\s*\/\s*17\s*\/\s*38\b/i,
    publisher: /accountemps/i,
    year: 2017,
    values: ['2%', '40%', '17%', '38%'],
  },
  {
    claim: 'A 2024 Accountemps survey giving 94% and 15%',
    why: 'no primary source',
    pattern: /accountemps[^.]{0,80}\b2024\b|\b2024\b[^.]{0,80}accountemps/i,
    publisher: /accountemps|robert half/i,
    year: 2024,
  },
  {
    claim: 'A 2023 CareerBuilder figure of 57%',
    why: 'no primary source',
    pattern: /careerbuilder[^.]{0,80}\b2023\b|\b2023\b[^.]{0,80}careerbuilder/i,
    publisher: /careerbuilder/i,
    year: 2023,
  },
  {
    claim: 'A SHRM figure of 58%',
    why: 'no primary source',
    pattern: /\bSHRM\b|society for human resource management/i,
    publisher: /shrm|society for human resource/i,
  },
  {
    claim: 'A "22% higher callback" rate for thank-you senders',
    why: 'no primary source',
    pattern: /higher call-?backs?\b|call-?back rate/i,
    publisher: /./,
    values: ['22% higher'],
  },
  {
    claim: 'Only about 10% of candidates send a thank-you, attributed to TopResume',
    why: 'not in the TopResume release',
    pattern: /topresume[^.]{0,120}\b10\s?%|\b10\s?%[^.]{0,120}topresume/i,
    publisher: /topresume/i,
    values: ['10%', 'About 10%', 'Only 10%'],
  },
];

/** Whether a survey figure repeats a claim the fact sheet refuses. */
export function isUntraceable(survey: Survey, figure: Pick<Figure, 'value'> | null): Untraceable | undefined {
  return UNTRACEABLE.find(
    (u) =>
      u.publisher.test(survey.publisher) &&
      (u.year === undefined || u.year === survey.year) &&
      (u.values === undefined || (figure !== null && u.values.includes(figure.value))),
  );
}

/** A question on which surveys from different years answer differently, shown like a source disagreement. */
export interface SurveyDisagreement {
  /** Stable id, used by `<SourcesDisagree id>`. */
  id: 'thank-you-medium';
  /** The question, as a reader would ask it. */
  question: string;
  /** What each survey found, oldest first (positions name a survey as their source). */
  positions: Position[];
  /** What this site recommends, in one sentence. */
  recommendation: string;
  /** Why, in one or two sentences. */
  reason: string;
}

/** The survey disagreements §10 notes ("surveys disagree over time"). */
export const SURVEY_DISAGREEMENTS: readonly SurveyDisagreement[] = [
  {
    id: 'thank-you-medium',
    question: 'Card or email: what do employers prefer?',
    positions: [
      {
        source: 'accountemps-2007',
        says: 'Handwritten still led: 52% of executives preferred a card and 44% an email.',
      },
      { source: 'careerbuilder-2011', says: 'Email had become normal: 89% of employers accepted it.' },
      {
        source: 'accountemps-2017',
        says: 'Both are fine: 94% of HR managers rated email appropriate, and 86% a handwritten note.',
      },
    ],
    recommendation:
      'Send an email first, because it is accepted almost everywhere and arrives in time. Add a card only if you can hand it in at the front desk.',
    reason:
      'The old preference for paper has faded, but a card still counts in its favour; what it cannot do is arrive quickly by post.',
  },
];
