import { expect, test, type Page } from '@playwright/test';
import { isoDay, openPlanner, panelInterview, stepCard, stepTitles, walkToPlan } from './support/planner';

test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });

const eventForm = (page: Page) => page.getByRole('region', { name: 'Heard back? Update your plan' });

test.describe('an offer, and another round', () => {
  test.beforeEach(async ({ page }) => {
    await openPlanner(page);
    await walkToPlan(page, panelInterview());
  });

  test('an offer by phone adds a reply, a request for it in writing and a day to answer, each drafted', async ({
    page,
  }) => {
    const form = eventForm(page);
    await form.getByRole('radio', { name: 'They made me an offer' }).check();
    await form.getByLabel(/^When did it happen/).fill(isoDay(0));
    await form.getByRole('button', { name: 'Update my plan' }).click();
    // How it came is asked, next to the field, and nothing typed is lost.
    await expect(form.getByText('Say how the offer came: by phone, or by email or letter.')).toBeVisible();
    await expect(form.getByLabel(/^When did it happen/)).toHaveValue(isoDay(0));
    await form.getByRole('radio', { name: 'By phone' }).check();
    await form.getByRole('button', { name: 'Update my plan' }).click();

    const reply = 'Thank Ada Quill for the offer and ask when they need your answer';
    await expect(stepTitles(page).filter({ hasText: reply })).toHaveCount(1);
    await expect(stepTitles(page).filter({ hasText: 'Ask Ada Quill for the offer in writing' })).toHaveCount(1);
    await expect(stepTitles(page).filter({ hasText: /^Give Northwind Traders your answer by / })).toHaveCount(1);
    await expect(stepTitles(page).filter({ hasText: /^Check in/ })).toHaveCount(0);

    const step = stepCard(page, reply);
    await expect(step.getByRole('link', { name: /After a rejection/ })).toHaveAttribute(
      'href',
      '/guides/after-a-rejection/#reply-within-a-working-day',
    );
    const open = step.getByRole('button', { name: /Show drafts/ });
    if (await open.isVisible()) await open.click();
    await expect(step.getByRole('textbox', { name: 'Email draft' })).toHaveValue(/offer/);
    await expect(step.getByRole('textbox', { name: 'Email draft' })).not.toHaveValue(/look forward to hearing/);

    const writing = stepCard(page, 'Ask Ada Quill for the offer in writing');
    const more = writing.getByRole('button', { name: /Show drafts/ });
    if (await more.isVisible()) await more.click();
    await expect(writing.getByRole('textbox', { name: 'Email draft' })).toHaveValue(/salary, start date/);
    // Pay talk belongs here: the checker says nothing about it.
    await expect(writing.getByRole('region', { name: 'Checks on this draft' }).getByRole('listitem')).toHaveCount(0);
    await expect(stepCard(page, /^Give Northwind Traders your answer/)).toContainText('Our suggestion');
  });

  test("another round cancels the earlier round's check-ins, each saying why", async ({ page }) => {
    await expect(stepTitles(page).filter({ hasText: /^Check in/ })).not.toHaveCount(0);
    const form = eventForm(page);
    await form.getByRole('radio', { name: 'They invited me to another round' }).check();
    await form.getByLabel(/^Day of the next round/).fill(isoDay(20));
    await form.getByLabel(/^Start time/).fill('14:00');
    await form.getByRole('button', { name: 'Update my plan' }).click();
    const gone = page.getByRole('region', { name: 'No longer needed' });
    await expect(gone).toContainText('Check in');
    await expect(gone).toContainText('Replaced: your next interview is on');
    await expect(
      gone
        .getByRole('listitem')
        .filter({ hasText: /^Check in/ })
        .first(),
    ).toContainText('no decision to ask about yet');
  });
});
