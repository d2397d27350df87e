import { expect, test } from '@playwright/test';
import {
  interviewer,
  isoDay,
  nextButton,
  openPlanner,
  panelInterview,
  stepCard,
  stepHeading,
  walkToPlan,
} from './support/planner';

test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });

test.describe('the people step', () => {
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
});

test.describe('the drafts of a thank-you', () => {
  test.beforeEach(async ({ page }) => {
    await openPlanner(page);
    const interview = panelInterview();
    interview.people = [
      { name: 'Dr Ada Quill', title: 'Head of Design', addressAs: 'Professor Quill' },
      { name: 'Bo Chen', title: 'Engineering lead' },
    ];
    await walkToPlan(page, interview);
  });

  test('the form of address the user typed greets them in the email and the phone script, in every tone', async ({
    page,
  }) => {
    const ada = stepCard(page, 'Email a thank-you to Dr Ada Quill');
    const email = ada.getByRole('textbox', { name: 'Email draft' });
    await expect(email).toHaveValue(/^(Dear|Hi|Hello) Professor Quill,/);
    await ada.getByRole('radio', { name: 'Formal' }).check();
    await expect(email).toHaveValue(/^Dear Professor Quill,/);
    await ada.getByRole('tab', { name: 'Phone' }).click();
    await expect(ada.getByRole('textbox', { name: 'Phone draft' })).toHaveValue(/Professor Quill/);
    const bo = stepCard(page, 'Email a thank-you to Bo Chen');
    await bo.getByRole('button', { name: /Show drafts/ }).click();
    await expect(bo.getByRole('textbox', { name: 'Email draft' })).toHaveValue(/^Hi Bo,/);
  });

  test('"Another wording" goes through three wordings and back to the first, and says which is shown', async ({
    page,
  }) => {
    const ada = stepCard(page, 'Email a thank-you to Dr Ada Quill');
    const email = ada.getByRole('textbox', { name: 'Email draft' });
    const another = ada.getByRole('button', { name: 'Another wording' });
    await expect(another).toHaveAccessibleDescription('Wording 1 of 3');
    const first = await email.inputValue();
    await another.click();
    await expect(another).toHaveAccessibleDescription('Wording 2 of 3');
    await expect(email).not.toHaveValue(first);
    const second = await email.inputValue();
    await expect(ada.getByRole('status').filter({ hasText: 'Warm tone, wording 2 of 3.' })).toBeAttached();
    await another.click();
    await expect(another).toHaveAccessibleDescription('Wording 3 of 3');
    await expect(email).not.toHaveValue(second);
    await another.click();
    await expect(another).toHaveAccessibleDescription('Wording 1 of 3');
    await expect(email).toHaveValue(first);
  });

  test('an edited draft is never replaced without asking, and Undo brings the edit back', async ({ page }) => {
    const ada = stepCard(page, 'Email a thank-you to Dr Ada Quill');
    const email = ada.getByRole('textbox', { name: 'Email draft' });
    const mine = 'Dear Professor Quill,\n\nThank you for the talk about type scales.\n\nSam Rivera';
    await email.fill(mine);
    await expect(ada.getByRole('button', { name: 'Another wording' })).toHaveAccessibleDescription(
      'Wording 1 of 3, edited by you',
    );

    // Clicked, not checked: the tone on show stays warm while the question waits.
    await ada.getByRole('radio', { name: 'Formal' }).click();
    const question = ada.getByRole('group', { name: /You have changed this draft/ });
    await expect(question).toBeVisible();
    await expect(question.getByRole('button', { name: 'Keep my changes' })).toBeFocused();
    await expect(ada.getByRole('radio', { name: 'Warm' })).toBeChecked();
    await expect(email).toHaveValue(mine);
    await question.getByRole('button', { name: 'Keep my changes' }).click();
    await expect(question).toBeHidden();
    await expect(email).toHaveValue(mine);

    await ada.getByRole('button', { name: 'Another wording' }).click();
    await question.getByRole('button', { name: 'Replace my changes' }).click();
    await expect(email).not.toHaveValue(mine);
    await expect(ada.getByRole('button', { name: 'Another wording' })).toHaveAccessibleDescription('Wording 2 of 3');
    const undo = ada.getByRole('button', { name: /^Undo/ });
    await expect(undo).toBeFocused();
    await undo.click();
    await expect(email).toHaveValue(mine);
    await expect(ada.getByRole('button', { name: 'Another wording' })).toHaveAccessibleDescription(
      'Wording 1 of 3, edited by you',
    );
    await expect(ada.getByRole('status').filter({ hasText: 'Your changes are back.' })).toBeAttached();

    await page.reload();
    await expect(
      stepCard(page, 'Email a thank-you to Dr Ada Quill').getByRole('textbox', { name: 'Email draft' }),
    ).toHaveValue(mine);
  });
});
