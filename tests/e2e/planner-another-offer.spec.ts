import { expect, test, type Page } from '@playwright/test';
import { isoDay, openPlanner, panelInterview, stepCard, stepTitles, walkToPlan } from './support/planner';

test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });

/** "Friday 20 November" for a `YYYY-MM-DD` day, as the plan writes it. */
const spoken = (day: string) =>
  new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    Date.parse(`${day}T12:00:00Z`),
  );
const eventForm = (page: Page) => page.getByRole('region', { name: 'Heard back? Update your plan' });

test.describe('another offer with an answer date', () => {
  test.beforeEach(async ({ page }) => {
    await openPlanner(page);
    await walkToPlan(page, panelInterview());
  });

  test('recording it adds a dated message with drafts in every channel, and the check-ins give way', async ({
    page,
  }) => {
    const due = isoDay(16);
    const form = eventForm(page);
    await form.getByRole('radio', { name: 'I have another offer, with a date to answer by' }).check();
    await form.getByLabel(/^When did the other offer come/).fill(isoDay(0));
    await form.getByLabel(/^When is your answer due/).fill(due);
    await form.getByLabel(/^Who made the offer/).fill('Juniper Labs');
    await form.getByRole('button', { name: 'Update my plan' }).click();

    const title = `Email Ada Quill about your other offer from Juniper Labs (answer due ${spoken(due)})`;
    await expect(stepTitles(page).filter({ hasText: title })).toHaveCount(1);
    await expect(stepTitles(page).filter({ hasText: /^Check in/ })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'No longer needed' })).toContainText('no check-in follows it');
    await expect(form.getByRole('listitem').filter({ hasText: 'Juniper Labs' })).toContainText(
      `answer due ${spoken(due)}`,
    );

    const step = stepCard(page, title);
    await expect(step.getByText(/09:00/).first()).toBeVisible();
    await expect(step.getByRole('link', { name: /Another offer with a deadline/ })).toHaveAttribute(
      'href',
      '/guides/another-offer-deadline/#when-to-send-it',
    );
    const open = step.getByRole('button', { name: /Show drafts/ });
    if (await open.isVisible()) await open.click();
    const email = step.getByRole('textbox', { name: 'Email draft' });
    await expect(email).toHaveValue(new RegExp(`answer by ${spoken(due)}`));
    await expect(email).not.toHaveValue(/Juniper/);
    await step.getByRole('radio', { name: 'Formal' }).check();
    await expect(email).toHaveValue(/^Dear Ada,\n\nI am writing about/);
    await expect(step.getByRole('region', { name: 'Checks on this draft' }).getByRole('listitem')).toHaveCount(0);
    await step.getByRole('tab', { name: 'Phone' }).click();
    await expect(step.getByRole('textbox', { name: 'Phone draft' })).toHaveValue(/another offer/);
    await step.getByRole('tab', { name: 'LinkedIn' }).click();
    await expect(step.getByRole('textbox', { name: 'LinkedIn draft' })).toHaveValue(/another offer/);
    await step.getByRole('tab', { name: 'Card' }).click();
    await expect(step.getByRole('textbox', { name: 'Card draft' })).toHaveValue(
      /As my email explains|Further to my email/,
    );

    await expect(stepTitles(page).filter({ hasText: 'Your answer to the other offer is due' })).toHaveCount(1);
  });

  test('an answer date before the interview is refused next to the field, and nothing typed is lost', async ({
    page,
  }) => {
    const form = eventForm(page);
    await form.getByRole('radio', { name: 'I have another offer, with a date to answer by' }).check();
    await form.getByLabel(/^When did the other offer come/).fill(isoDay(0));
    await form.getByRole('button', { name: 'Update my plan' }).click();
    const deadline = form.getByLabel(/^When is your answer due/);
    await expect(deadline).toHaveAttribute('aria-invalid', 'true');
    await expect(deadline).toHaveAccessibleDescription(/Add the day your answer to the other offer is due/);
    await expect(deadline).toBeFocused();

    await deadline.fill(isoDay(-3));
    await form.getByRole('button', { name: 'Update my plan' }).click();
    await expect(deadline).toHaveAccessibleDescription(/Your answer date can't be before the interview/);
    await expect(form.getByLabel(/^When did the other offer come/)).toHaveValue(isoDay(0));
    await expect(stepTitles(page).filter({ hasText: /about your other offer/ })).toHaveCount(0);
  });
});

test.describe('a rejection, with feedback asked for', () => {
  test('the reply asks for feedback and links the guide on asking', async ({ page }) => {
    await openPlanner(page);
    await walkToPlan(page, panelInterview());
    const form = eventForm(page);
    await form.getByRole('radio', { name: 'They turned me down' }).check();
    await form.getByLabel(/^When did it happen/).fill(isoDay(0));
    await form.getByRole('checkbox', { name: 'Ask for feedback in my reply' }).check();
    await form.getByRole('button', { name: 'Update my plan' }).click();
    const title = 'Reply to the decision from Northwind Traders, and ask for feedback';
    await expect(stepTitles(page).filter({ hasText: title })).toHaveCount(1);
    const step = stepCard(page, title);
    await expect(step.getByRole('link', { name: /Asking for feedback/ })).toHaveAttribute(
      'href',
      '/guides/feedback-after-rejection/#what-to-ask',
    );
    const open = step.getByRole('button', { name: /Show drafts/ });
    if (await open.isVisible()) await open.click();
    await expect(step.getByRole('textbox', { name: 'Email draft' })).toHaveValue(/feedback/);
  });
});
