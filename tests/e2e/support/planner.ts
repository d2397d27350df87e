import { expect, type Locator, type Page } from '@playwright/test';

/** A calendar day relative to today (UTC), as `YYYY-MM-DD`, so tests never hit the engine's one-year limit. */
export function isoDay(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/** The wizard's Next button (exact, so "Copy for next round" never matches). */
export const nextButton = (page: Page): Locator => page.getByRole('button', { name: 'Next', exact: true });

/** The heading of the current wizard screen. */
export const stepHeading = (page: Page, name: string): Locator =>
  page.getByRole('heading', { level: 2, name, exact: true });

/** One interviewer's group of fields. */
export const interviewer = (page: Page, n: number): Locator => page.getByRole('group', { name: `Interviewer ${n}` });

/**
 * Opens the planner on a clean slate (UTC, so dates in assertions are stable) and waits for the
 * first screen, and for it to be live. The server renders that screen, so it shows before this
 * browser's plan is open, and until then it takes no input (inert). The list of interviews
 * appears once the plan is open and the form live.
 */
export async function openPlanner(page: Page): Promise<void> {
  await page.goto('/plan/');
  await expect(stepHeading(page, 'The interview')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your interviews' })).toBeVisible();
}

/** What a test types into the wizard. */
export interface WalkData {
  company: string;
  role: string;
  date: string;
  time: string;
  format?: RegExp;
  people: {
    name: string;
    title?: string;
    email?: string;
    linkedIn?: boolean;
    addressAs?: string;
    discussed?: string;
  }[];
  decideBy?: string;
  strengths?: string;
  correction?: string;
  question?: string;
  userName?: string;
}

/** Fills every screen with `data` and arrives at the plan. */
export async function walkToPlan(page: Page, data: WalkData): Promise<void> {
  await page.getByLabel(/^Company/).fill(data.company);
  await page.getByLabel(/^Job you interviewed for/).fill(data.role);
  await page.getByLabel(/^Date/).fill(data.date);
  await page.getByLabel(/^Start time/).fill(data.time);
  if (data.format) await page.getByRole('radio', { name: data.format }).check();
  await nextButton(page).click();
  await expect(stepHeading(page, 'Who you met')).toBeFocused();
  for (const [index, person] of data.people.entries()) {
    if (index > 0) await page.getByRole('button', { name: 'Add another interviewer' }).click();
    const group = interviewer(page, index + 1);
    await group.getByLabel(/^Name/).fill(person.name);
    if (person.title) await group.getByLabel('Job title').fill(person.title);
    if (person.email) await group.getByLabel('Email').fill(person.email);
    if (person.linkedIn) await group.getByLabel('Agreed to connect on LinkedIn').check();
    if (person.addressAs) await group.getByLabel('Address them as').fill(person.addressAs);
    if (person.discussed) await group.getByLabel('What you talked about').fill(person.discussed);
  }
  await nextButton(page).click();
  await expect(stepHeading(page, 'What was said')).toBeFocused();
  if (data.decideBy) {
    await page.getByRole('radio', { name: "They'll decide by a date" }).check();
    await page.getByLabel(/^Date they said they would decide by/).fill(data.decideBy);
  }
  await nextButton(page).click();
  await expect(stepHeading(page, 'What to say')).toBeFocused();
  if (data.strengths) await page.getByLabel('Strengths to restate').fill(data.strengths);
  if (data.correction) await page.getByLabel('Something you forgot to say, or want to correct').fill(data.correction);
  if (data.question) await page.getByLabel('A question to ask them').fill(data.question);
  if (data.userName) await page.getByLabel('Your name, to sign with').fill(data.userName);
  await page.getByRole('button', { name: 'See my plan' }).click();
  await expect(stepHeading(page, 'Your plan')).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Next up' })).toBeVisible();
}

/** The plan's step titles, in order. */
export const stepTitles = (page: Page): Locator =>
  page.getByRole('list', { name: 'Your steps' }).getByRole('heading', { level: 3 });

/** One step of the plan, found by its title. */
export const stepCard = (page: Page, title: string | RegExp): Locator =>
  page
    .getByRole('list', { name: 'Your steps' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: title }) });

/** A panel interview yesterday with two interviewers: the main scenario. */
export function panelInterview(): WalkData {
  return {
    company: 'Northwind Traders',
    role: 'Product designer',
    date: isoDay(-1),
    time: '10:00',
    format: /^Panel/,
    people: [
      { name: 'Ada Quill', title: 'Head of Design', email: 'ada.quill@northwind.example', linkedIn: true },
      { name: 'Bo Chen', title: 'Engineering lead', email: 'bo@northwind.example' },
    ],
    strengths: 'ten years of design systems work',
    userName: 'Sam Rivera',
  };
}

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, { back = false, max = 80 } = {}): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Could not reach ${target.toString()} with the keyboard in ${max} presses`);
}
