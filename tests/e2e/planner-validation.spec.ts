import { expect, test, type Locator, type Page } from '@playwright/test';
import { interviewer, isoDay, nextButton, openPlanner, stepHeading } from './support/planner';

test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });

/** Asserts that `field` shows `message`: flagged invalid, described by the message, focused, value kept. */
async function expectError(field: Locator, message: string | RegExp, value?: string) {
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(message);
  if (value !== undefined) await expect(field).toHaveValue(value);
}

async function fillStepOne(page: Page, { date = isoDay(-1), zone = 'Europe/London' } = {}) {
  await page.getByLabel(/^Company/).fill('Acme');
  await page.getByLabel(/^Job you interviewed for/).fill('Analyst');
  await page.getByLabel(/^Date/).fill(date);
  await page.getByLabel(/^Start time/).fill('11:00');
  await page.getByLabel('Time zone', { exact: true }).fill(zone);
}

test.beforeEach(async ({ page }) => {
  await openPlanner(page);
});

test('missing company, date and time are shown by each field, announced, and the first gets focus', async ({
  page,
}) => {
  await page.getByLabel(/^Start time/).fill('11:00');
  await page.getByLabel(/^Start time/).fill('');
  await nextButton(page).click();
  await expect(page.getByRole('status').filter({ hasText: '3 fields need attention.' })).toBeVisible();
  await expect(page.getByLabel(/^Company/)).toBeFocused();
  await expectError(page.getByLabel(/^Company/), "Add the company's name.");
  await expect(page.getByLabel(/^Job you interviewed for/)).not.toHaveAttribute('aria-invalid', 'true');
  await expectError(page.getByLabel(/^Date/), /Add the day of the interview/);
  await expectError(page.getByLabel(/^Start time/), /Add the time the interview started/);
  await expect(stepHeading(page, 'The interview')).toBeVisible();

  await page.getByLabel(/^Company/).fill('Acme');
  await expect(page.getByLabel(/^Company/)).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('status').filter({ hasText: '2 fields need attention.' })).toBeVisible();
  await fillStepOne(page);
  await expect(page.getByText('need attention')).toHaveCount(0);
  await nextButton(page).click();
  await expect(stepHeading(page, 'Who you met')).toBeFocused();
});

for (const [label, offset, message] of [
  ['more than a year ago', -400, 'That date is more than a year ago — check the year.'],
  ['more than a year away', 400, 'That date is more than a year away — check the year.'],
] as const) {
  test(`an interview ${label} is refused with a fixable error`, async ({ page }) => {
    await fillStepOne(page, { date: isoDay(offset) });
    await nextButton(page).click();
    await expect(page.getByLabel(/^Date/)).toBeFocused();
    await expectError(page.getByLabel(/^Date/), new RegExp(message), isoDay(offset));
    await page.getByLabel(/^Date/).fill(isoDay(-1));
    await nextButton(page).click();
    await expect(stepHeading(page, 'Who you met')).toBeVisible();
  });
}

test('an unknown time zone is refused, keeping what was typed', async ({ page }) => {
  await fillStepOne(page, { zone: 'Mars/Olympus_Mons' });
  await nextButton(page).click();
  await expect(page.getByLabel('Time zone', { exact: true })).toBeFocused();
  await expectError(
    page.getByLabel('Time zone', { exact: true }),
    /We don't recognise that time zone/,
    'Mars/Olympus_Mons',
  );
  // A city alone: the message names its zone.
  await page.getByLabel('Time zone', { exact: true }).fill('London');
  await nextButton(page).click();
  await expectError(page.getByLabel('Time zone', { exact: true }), /did you mean “Europe\/London”\?/, 'London');
  await page.getByLabel('Time zone', { exact: true }).fill('Europe/Paris');
  await nextButton(page).click();
  await expect(stepHeading(page, 'Who you met')).toBeVisible();
});

test('an interviewer without a name, an email that is not one, and no interviewers at all are each caught', async ({
  page,
}) => {
  await fillStepOne(page);
  await nextButton(page).click();
  const first = interviewer(page, 1);
  await first.getByLabel('Email').fill('ada(at)example');
  await nextButton(page).click();
  await expect(page.getByRole('status').filter({ hasText: '2 fields need attention.' })).toBeVisible();
  await expect(first.getByLabel(/^Name/)).toBeFocused();
  await expectError(first.getByLabel(/^Name/), /Add this interviewer's name/);
  await expectError(first.getByLabel('Email'), /That email address has no @/, 'ada(at)example');

  await first.getByRole('button', { name: /^Remove/ }).click();
  await nextButton(page).click();
  await expect(page.getByText(/Add at least one interviewer/)).toBeVisible();
  await page.getByRole('button', { name: 'Add another interviewer' }).click();
  await interviewer(page, 1).getByLabel(/^Name/).fill('Ada');
  await interviewer(page, 1).getByLabel('Email').fill('ada@example.com');
  await nextButton(page).click();
  await expect(stepHeading(page, 'What was said')).toBeVisible();
});

test('an email address typed as a name is refused next to it, and what was typed stays', async ({ page }) => {
  await fillStepOne(page);
  await nextButton(page).click();
  const first = interviewer(page, 1);
  await first.getByLabel(/^Name/).fill('j.smith@acme.com');
  await nextButton(page).click();
  await expect(first.getByLabel(/^Name/)).toBeFocused();
  await expectError(
    first.getByLabel(/^Name/),
    /looks like an email address: put it in the email field/,
    'j.smith@acme.com',
  );
  // No greeting is suggested from an email address.
  await expect(first.getByLabel('Address them as')).toHaveAccessibleDescription(/Add their name above/);
  await first.getByLabel('Email').fill('j.smith@acme.com');
  await first.getByLabel(/^Name/).fill('Jo Smith');
  await expect(first.getByLabel('Address them as')).toHaveAccessibleDescription(/“Jo” in every tone/);
  await nextButton(page).click();
  await expect(stepHeading(page, 'What was said')).toBeVisible();
});

test('a decision date before the interview is refused', async ({ page }) => {
  await fillStepOne(page, { date: isoDay(-1) });
  await nextButton(page).click();
  await interviewer(page, 1).getByLabel(/^Name/).fill('Ada');
  await nextButton(page).click();
  await page.getByRole('radio', { name: "They'll decide by a date" }).check();
  await page.getByLabel(/^Date they said they would decide by/).fill(isoDay(-3));
  await nextButton(page).click();
  await expect(page.getByLabel(/^Date they said/)).toBeFocused();
  await expectError(page.getByLabel(/^Date they said/), /can't be before the interview/, isoDay(-3));
  await page.getByLabel(/^Date they said/).fill(isoDay(5));
  await nextButton(page).click();
  await expect(stepHeading(page, 'What to say')).toBeVisible();
});

test('reaching for the plan with an earlier screen unfinished goes back to that screen and says why', async ({
  page,
}) => {
  await page.getByRole('button', { name: /What to say/ }).click();
  await expect(stepHeading(page, 'What to say')).toBeFocused();
  await page.getByRole('button', { name: 'See my plan' }).click();
  await expect(stepHeading(page, 'The interview')).toBeVisible();
  await expect(page.getByLabel(/^Company/)).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'need attention' })).toBeVisible();
});

test.describe('on a phone with 13 interviewers', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('an error far above the Next button is scrolled to and focused, and the count is announced', async ({
    page,
  }) => {
    await fillStepOne(page);
    await nextButton(page).click();
    await expect(stepHeading(page, 'Who you met')).toBeFocused();
    for (let n = 1; n <= 13; n += 1) {
      if (n > 1) await page.getByRole('button', { name: 'Add another interviewer' }).click();
      await interviewer(page, n)
        .getByLabel(/^Name/)
        .fill(n === 1 ? '' : `Person ${n}`);
    }
    await interviewer(page, 2).getByLabel('Email').fill('Ada Quill <ada@example.com>');
    const next = nextButton(page);
    await next.scrollIntoViewIfNeeded();
    const first = page.getByRole('group', { name: 'Interviewer 1', exact: true }).getByLabel(/^Name/);
    await expect(first).not.toBeInViewport();
    await next.click();

    await expect(first).toBeFocused();
    await expect(first).toBeInViewport();
    await expectError(first, /Add this interviewer's name/);
    await expect(page.getByText("Add this interviewer's name")).toBeInViewport();
    await expect(page.getByRole('status').filter({ hasText: '2 fields need attention.' })).toBeAttached();
    await expectError(
      interviewer(page, 2).getByLabel('Email'),
      'Type just the address, without the name: ada@example.com',
    );
  });
});
