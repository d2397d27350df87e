/**
 * Test-only generator of realistic plans, for dogfooding the drafts: the
 * people, titles, employers, jobs and notes a candidate would really type
 * (names with titles, particles, accents, other scripts, typed in one case
 * or "Surname, Given"; strengths as a phrase or as sentences; details per
 * interviewer), on top of `factsInput`'s valid dates, zones and events.
 */
import fc from 'fast-check';
import type { FactsInput, InterviewerInput } from '../facts-input.ts';
import { factsInput } from './arbitraries.ts';

/** People as users type them. */
export const PEOPLE = [
  'Ada Quill',
  'Dr Ada Quill',
  'Marcus Webb',
  'Ms Bo Lind',
  'Prof. Kwame Asante-Obi',
  'Ana de la Cruz',
  'Jan van Dijk',
  'Aisling Ní Bhriain',
  'Tomasz Wójcik',
  '王小明',
  'Андрей Петров',
  'dara oshea',
  'PRIYA RAMAN',
  'Lee, Ann',
  'Zoë',
  'Mx Sam Okafor',
  'Mrs Helen Brandt',
  'Mr. Luis Ortega',
] as const;

const TITLES = [
  '',
  'Head of Analytics',
  'Engineering Manager',
  'Senior Product Designer',
  'HR Business Partner',
  'Team Lead',
  'Director of Operations',
];
const COMPANIES = [
  'Harbour & Finch',
  'Northwind Logistics',
  'Acme Robotics Ltd.',
  'Fernhill Library Trust',
  'Brightwater Health',
  'Kestrel Data GmbH',
];
const ROLES = [
  'Data Analyst',
  'Product Designer',
  'Operations Manager',
  'Backend Engineer',
  'Digital Services Officer',
  'Policy Adviser',
];
const USERS = ['Rowan Ellery', 'Priya Natarajan', 'Tomás Ferreira', 'Mei Lin', 'Jordan Blake'];
const STRENGTHS = [
  'five years of building forecasting dashboards for retail teams',
  'Python and SQL for demand planning',
  'experience leading a team of six through a warehouse move',
  'I cut late deliveries by 20% at my last job by redesigning the pick routes.',
  'a track record of shipping accessible design systems',
  'Managing a $2.4m budget across three sites',
  'calm, careful project management on public-sector contracts',
  'I have run user research for two library services. Both launched on time.',
  'ten years of retail analytics.',
];
const CORRECTIONS = [
  'I have also led the migration of our reporting to a cloud warehouse',
  'When asked about stakeholder conflict, I gave a thin example; I have since led a pricing review with four teams.',
  'my PRINCE2 certification was renewed this year',
  'The Oxford project I described was delivered a month early, not on time.',
  'I can start in January',
];
const QUESTIONS = [
  'How does the team decide which forecasts to trust?',
  'what does success look like in the first six months',
  'How are priorities set between the two product lines?',
  'Which tools does the team plan to adopt next year?',
];
const DISCUSSED = [
  'how the team plans its quarterly releases',
  'the move to a new warehouse system',
  'You said the team is rebuilding its onboarding this spring',
  'How would I handle a launch with a fixed deadline?',
  'the accessibility audit',
  'what the first ninety days would look like',
  'We talked about the shift to weekly planning',
  'Why did I leave my last role?',
  'I explained the gap in my CV',
  'their plans for the Q3 launch.',
  'how would I handle a fixed launch date',
];
/** The "address as" a user might set for some people. */
const ADDRESS_AS: Readonly<Record<string, string>> = {
  'Dr Ada Quill': 'Professor Quill',
  'Lee, Ann': 'Ann',
  'dara oshea': 'Dara',
};

const pick = <T>(list: readonly T[]) => fc.constantFrom(...list);
const maybe = (list: readonly string[]) => fc.oneof(fc.constant(''), pick(list));

/** One realistic interviewer; with `detail`, what the user discussed with them is always given. */
const person = (detail: boolean) =>
  fc.record({
    name: pick(PEOPLE),
    title: pick(TITLES),
    addressAs: fc.boolean(),
    discussed: detail ? pick(DISCUSSED) : maybe(DISCUSSED),
    linkedIn: fc.boolean(),
  });

/** More things a user might note, so a big panel can have a different one for each person. */
const MORE_DISCUSSED = [
  'the pricing review',
  'You said the data team is growing',
  'How do I prioritise competing requests?',
  'the new office in Leeds',
];

/**
 * Valid, realistic form input: 1 to 4 interviewers (a typical panel; `panel` sets other bounds)
 * with distinct names, all with a detail when `details` is true (else some or none), realistic
 * notes. In a panel set by `panel`, people given a detail each have a different one.
 */
export function realisticInput({
  details,
  panel,
}: {
  details?: boolean | undefined;
  panel?: { min: number; max: number } | undefined;
} = {}): fc.Arbitrary<FactsInput> {
  return fc
    .record({
      base: factsInput({ interviewers: { min: 1, max: 1 } }),
      people: fc
        .uniqueArray(details === undefined ? fc.boolean().chain(person) : person(details), {
          minLength: panel?.min ?? 1,
          maxLength: panel?.max ?? 4,
          selector: (p) => p.name,
        })
        .map((people) =>
          panel
            ? people.map((p, i) => (p.discussed ? { ...p, discussed: [...DISCUSSED, ...MORE_DISCUSSED][i] ?? '' } : p))
            : people,
        ),
      company: pick(COMPANIES),
      role: pick(ROLES),
      user: pick(USERS),
      strengths: maybe(STRENGTHS),
      correction: maybe(CORRECTIONS),
      question: maybe(QUESTIONS),
      contact: fc.oneof(fc.constant(null), fc.constant('Sam Reed'), fc.constant('first-interviewer')),
    })
    .map(({ base, people, company, role, user, strengths, correction, question, contact }) => {
      const interviewers: InterviewerInput[] = people.map((p, i) => ({
        id: `iv-${i}`,
        name: p.name,
        title: p.title,
        email: '',
        linkedIn: p.linkedIn,
        addressAs: p.addressAs ? (ADDRESS_AS[p.name] ?? '') : '',
        discussed: p.discussed,
      }));
      const contactName = contact === 'first-interviewer' ? (people[0]?.name ?? 'Sam Reed') : contact;
      return {
        ...base,
        interview: { ...base.interview, company, role },
        interviewers,
        contact: contactName ? { name: contactName, role: 'Recruiter', email: '' } : null,
        notes: { ...base.notes, strengths, correction, question, userName: user },
      };
    });
}
