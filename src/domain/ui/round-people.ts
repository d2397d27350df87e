/**
 * Who the user will meet in another round, as the "heard back?" form edits
 * them: it starts from the people of the latest round recorded (kept as they
 * were, ids and all, so each stays the same person), and the user removes
 * anyone they will not see and adds anyone new.
 */
import { blankInterviewer, type FactsInput, type InterviewerInput } from '../facts-input.ts';

/** The people of the latest round the form records: its own list, else the round before's, back to the interview. */
export function latestPeople(input: FactsInput): InterviewerInput[] {
  const rounds = input.events
    .filter((e) => e.kind === 'another-round')
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let people = input.interviewers;
  for (const round of rounds) people = round.interviewers ?? people;
  return people.map((p) => ({ ...p }));
}

/** The list with a blank person added at the end. */
export const addPerson = (people: readonly InterviewerInput[], id: string): InterviewerInput[] => [
  ...people,
  blankInterviewer(id),
];

/** The list without one person. */
export const removePerson = (people: readonly InterviewerInput[], id: string): InterviewerInput[] =>
  people.filter((p) => p.id !== id);

/** The list with one person's name, job title or email changed. */
export const editPerson = (
  people: readonly InterviewerInput[],
  id: string,
  key: 'name' | 'title' | 'email',
  value: string,
): InterviewerInput[] => people.map((p) => (p.id === id ? { ...p, [key]: value } : p));
