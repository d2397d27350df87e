import { expect, test } from '@playwright/test';
import { interviewer, isoDay, nextButton, openPlanner, stepHeading } from './support/planner';

test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });

test.beforeEach(async ({ page }) => {
  await openPlanner(page);
  await page.getByLabel(/^Company/).fill('Harbour & Finch');
  await page.getByLabel(/^Job you interviewed for/).fill('Data analyst');
  await page.getByLabel(/^Date/).fill(isoDay(-1));
  await page.getByLabel(/^Start time/).fill('10:00');
  await nextButton(page).click();
  await expect(stepHeading(page, 'Who you met')).toBeFocused();
});

test('the wizard suggests how to address someone from their name, live, and takes the form the user types', async ({
  page,
}) => {
  const ada = interviewer(page, 1);
  const addressAs = ada.getByLabel('Address them as');
  await expect(addressAs).toHaveAccessibleDescription(/Add their name above/);
  await ada.getByLabel(/^Name/).fill('Dr Ada Quill');
  await expect(addressAs).toHaveAccessibleDescription(
    "We'll write “Dr Quill” in a formal note, “Ada” in a warm or concise one. Type another form to use it everywhere.",
  );
  await ada.getByLabel(/^Name/).fill('Ada');
  await expect(addressAs).toHaveAccessibleDescription(/“Ada” in every tone/);
  await addressAs.fill('Professor Quill');
  await expect(addressAs).toHaveAccessibleDescription(/We'll use “Professor Quill” in every message/);
  const talked = ada.getByLabel('What you talked about');
  await expect(talked).toHaveAccessibleDescription(/a topic you covered, something they said, or the question/);
});

test('a name made only of invisible characters is refused next to the field, and what was typed stays', async ({
  page,
}) => {
  const name = interviewer(page, 1).getByLabel(/^Name/);
  await name.fill('\u200B\u200D\u2060');
  await nextButton(page).click();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription(/only invisible characters/);
  await expect(name).toHaveValue('\u200B\u200D\u2060');
  await expect(stepHeading(page, 'Who you met')).toBeVisible();
});
