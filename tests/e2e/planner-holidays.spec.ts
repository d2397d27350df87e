/** Public holidays, days away and the recipient's working hours, as a user meets them in the planner. */
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { expect, test, type Page } from '@playwright/test';
import { nextButton, openPlanner, stepCard, stepHeading, walkToPlan, type WalkData } from './support/planner';

test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });

/** An interview the Friday before Christmas 2026 in London: a week later is Christmas Day. */
const beforeChristmas = (): WalkData => ({
  company: 'Harbour & Finch',
  role: 'Data analyst',
  date: '2026-12-18',
  time: '10:00',
  format: /^Video/,
  people: [{ name: 'Ada Quill', title: 'Head of Analytics', email: 'ada@harbourfinch.example' }],
  userName: 'Rowan Ellery',
});

const holidaysGroup = (page: Page) => page.getByRole('group', { name: 'Public holidays' });
const firstCheckIn = (page: Page) => stepCard(page, /^Check in with Ada Quill about the decision/);

test('the region follows your time zone, and the plan moves a check-in off Christmas and Boxing Day, saying why', async ({
  page,
}) => {
  await openPlanner(page);
  await expect(holidaysGroup(page).getByText('England, United Kingdom (from your time zone)')).toBeVisible();
  await walkToPlan(page, beforeChristmas());
  await expect(page.getByText('Timed around public holidays in England, United Kingdom.')).toBeVisible();
  const card = firstCheckIn(page);
  await expect(card.locator('time')).toHaveText(/Tuesday 29 December/);
  await expect(
    card.getByText(
      'Fri 25 December is Christmas Day and Mon 28 December is Boxing Day (substitute day), bank holidays in England: moved to Tue 29 December.',
    ),
  ).toBeVisible();

  // The calendar file keeps one event per step; the moved one says why in its description.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download calendar (.ics)' }).click();
  const text = await readFile(await (await download).path(), 'utf8');
  const events = new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents('vevent');
  const checkIn = events.map((e) => new ICAL.Event(e)).find((e) => e.uid.startsWith('r1-check-in-1'))!;
  expect(checkIn.description).toContain('bank holidays in England: moved to Tue 29 December.');
});

test('their time zone times messages for their working day and shows both clocks', async ({ page }) => {
  await openPlanner(page);
  await page.getByLabel('Their time zone').fill('America/New_York');
  await expect(holidaysGroup(page).getByText('United States (from their time zone)')).toBeVisible();
  await walkToPlan(page, beforeChristmas());
  await expect(
    page.getByText('Timed around public holidays in the United States, and their working hours in New York.'),
  ).toBeVisible();
  const card = firstCheckIn(page);
  await expect(card.getByText('for you (09:00 in New York)')).toBeVisible();
  await expect(card.locator('time')).toHaveText(/14:00/);
  // Christmas Day is a US public holiday too; Boxing Day is not.
  await expect(
    card.getByText(
      /Fri 25 December is Christmas Day, a public holiday in the United States: moved to Mon 28 December\./,
    ),
  ).toBeVisible();
});

test('a remote interview late in your evening suggests setting their time zone', async ({ page }) => {
  await openPlanner(page);
  await page.getByRole('radio', { name: /^Video/ }).check();
  await page.getByLabel(/^Start time/).fill('22:00');
  await expect(
    page.getByText(/^Your interview started at 22:00 your time: if the company is in another time zone/),
  ).toBeVisible();
  await page.getByLabel('Their time zone').fill('America/Los_Angeles');
  await expect(page.getByText(/^Your interview started at 22:00/)).toHaveCount(0);
});

test('a region picked by hand: a country, then a part of it where holidays differ', async ({ page }) => {
  await openPlanner(page);
  await holidaysGroup(page).getByRole('button', { name: 'Change region' }).click();
  await expect(page.getByLabel('Country')).toBeFocused();
  await page.getByLabel('Country').selectOption({ label: 'United Kingdom' });
  await page.getByLabel('Part of United Kingdom').selectOption({ label: 'Scotland' });
  await holidaysGroup(page).getByRole('button', { name: 'Done' }).click();
  await expect(holidaysGroup(page).getByText('Scotland, United Kingdom', { exact: true })).toBeVisible();
  await expect(holidaysGroup(page).getByRole('button', { name: 'Change region' })).toBeFocused();
  // It is saved with the plan.
  await page.reload();
  await expect(holidaysGroup(page).getByText('Scotland, United Kingdom', { exact: true })).toBeVisible();
});

test('days away move a step off them, and the plan says so', async ({ page }) => {
  await openPlanner(page);
  const away = page.getByRole('group', { name: "Days you're away" });
  await away.getByRole('button', { name: 'Add days away' }).click();
  await expect(away.getByLabel('First day')).toBeFocused();
  await away.getByLabel('First day').fill('2026-12-29');
  await away.getByLabel('Last day').fill('2026-12-31');
  await walkToPlan(page, beforeChristmas());
  const card = firstCheckIn(page);
  await expect(card.locator('time')).toHaveText(/Friday 1 January|Monday 4 January/);
  await expect(card.getByText(/you are away on Tue 29 December, Wed 30 December and Thu 31 December/)).toBeVisible();
});

test('a last day before the first is refused next to the field, and nothing typed is lost', async ({ page }) => {
  await openPlanner(page);
  const away = page.getByRole('group', { name: "Days you're away" });
  await away.getByRole('button', { name: 'Add days away' }).click();
  await away.getByLabel('First day').fill('2026-12-29');
  await away.getByLabel('Last day').fill('2026-12-20');
  await page.getByLabel(/^Company/).fill('Harbour & Finch');
  await page.getByLabel(/^Date/).first().fill('2026-12-18');
  await page.getByLabel(/^Start time/).fill('10:00');
  await page.getByRole('radio', { name: /^Video/ }).check();
  await page.getByRole('radio', { name: /^First interview/ }).check();
  await nextButton(page).click();
  await expect(away.getByText("The last day can't be before the first (Tuesday 29 December).")).toBeVisible();
  await expect(away.getByLabel('Last day')).toHaveValue('2026-12-20');
  await expect(stepHeading(page, 'The interview')).toBeVisible();
});

// The service worker fetches holiday tables itself, out of the page's reach: block it so the 404 applies.
test.describe('with no data', () => {
  test.use({ serviceWorkers: 'block' });

  test('without holiday data for the region, the plan counts weekends only and says so', async ({ page }) => {
    await page.route('**/holidays/GB-ENG.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await openPlanner(page);
    await walkToPlan(page, beforeChristmas());
    await expect(
      page.getByText(/We have no public-holiday data for .*, so the plan skips weekends only/),
    ).toBeVisible();
    await expect(firstCheckIn(page).locator('time')).toHaveText(/Friday 25 December/);
  });
});
