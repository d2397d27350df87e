import { expect, test, type Page } from '@playwright/test';
import { isoDay, openPlanner, panelInterview, stepCard, walkToPlan } from './support/planner';

test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });

const recordForm = (page: Page) => page.getByRole('region', { name: 'Heard back? Update your plan' });
const roundPeople = (page: Page) => recordForm(page).getByRole('group', { name: 'Who will you meet?' });

/** Records another round on `date` at `time`, keeping Ada, removing Bo and adding Cleo. */
async function recordRoundWithCleo(page: Page, date: string, time: string): Promise<void> {
  const form = recordForm(page);
  await form.getByRole('radio', { name: 'They invited me to another round' }).check();
  await form.getByLabel(/^Day of the next round/).fill(date);
  await form.getByLabel(/^Start time/).fill(time);
  const people = roundPeople(page);
  await expect(people.getByRole('group', { name: 'Person 1' }).getByLabel(/^Name/)).toHaveValue('Ada Quill');
  await expect(people.getByRole('group', { name: 'Person 2' }).getByLabel(/^Name/)).toHaveValue('Bo Chen');
  await people.getByRole('button', { name: 'Remove person 2' }).click();
  await expect(people.getByRole('button', { name: 'Add someone new' })).toBeFocused();
  await page.keyboard.press('Enter');
  const cleo = people.getByRole('group', { name: 'Person 2' });
  await expect(cleo.getByLabel(/^Name/)).toBeFocused();
  await page.keyboard.type('Cleo Banks');
  await cleo.getByLabel('Job title').fill('Chief Technology Officer');
  await cleo.getByLabel('Email').fill('cleo@');
  await form.getByRole('button', { name: 'Update my plan' }).click();
  // The wizard's own message, next to the field, and nothing typed is lost.
  await expect(cleo.getByLabel('Email')).toBeFocused();
  await expect(cleo.getByLabel('Email')).toHaveAccessibleDescription(/after the @/);
  await expect(cleo.getByLabel(/^Name/)).toHaveValue('Cleo Banks');
  await cleo.getByLabel('Email').fill('cleo@northwind.example');
  await form.getByRole('button', { name: 'Update my plan' }).click();
}

test.describe('a new round with new people', () => {
  test('recording another round with someone new plans their thank-you and keeps the first round in view', async ({
    page,
  }) => {
    await openPlanner(page);
    await walkToPlan(page, { ...panelInterview(), date: isoDay(-6) });
    await stepCard(page, 'Email a thank-you to Ada Quill')
      .getByRole('button', { name: /^Mark done/ })
      .click();
    await recordRoundWithCleo(page, isoDay(-1), '14:00');

    const cleoThanks = stepCard(page, 'Email a thank-you to Cleo Banks');
    await expect(cleoThanks).toBeVisible();
    await expect(cleoThanks).toContainText('Cleo Banks, Chief Technology Officer');
    await expect(stepCard(page, 'Email a thank-you to Ada Quill')).toHaveCount(2);
    await expect(stepCard(page, 'Email a thank-you to Bo Chen')).toHaveCount(1);
    // Round 1's history: its done step and its people stay on screen.
    await expect(stepCard(page, 'Email a thank-you to Ada Quill').first()).toContainText('Done');
    await expect(page.locator('.plan-summary')).toContainText('With Ada Quill, Head of Design; Bo Chen');
    await expect(page.locator('.plan-summary')).toContainText(
      /Round 2: .*, with Ada Quill, Head of Design; Cleo Banks/,
    );
    await expect(recordForm(page).getByRole('listitem')).toContainText('with Ada Quill, Cleo Banks');
  });
});
