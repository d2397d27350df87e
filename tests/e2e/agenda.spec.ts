import { expect, test, type Page } from '@playwright/test';
import { isoDay, openPlanner, panelInterview, stepCard, walkToPlan, type WalkData } from './support/planner';
import { watchPage } from './support/watch';

test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });

/** Three interviews at different points: last week, three days ago and yesterday. */
const PLANS: WalkData[] = [
  { ...panelInterview(), company: 'Contoso', date: isoDay(-8), people: [{ name: 'Chiara Okafor' }] },
  { ...panelInterview(), company: 'Fabrikam', date: isoDay(-3), people: [{ name: 'Dev Raman', title: 'Researcher' }] },
  panelInterview(),
];

async function planThree(page: Page): Promise<void> {
  await openPlanner(page);
  for (const [index, plan] of PLANS.entries()) {
    if (index > 0) await page.getByRole('button', { name: 'New interview' }).click();
    await walkToPlan(page, plan);
  }
}

const section = (page: Page, name: RegExp) => page.getByRole('region', { name });
const item = (page: Page, title: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: title }) });

test.describe('the agenda', () => {
  test('lists what is overdue, due today and coming up across three plans, each with company, person and channel', async ({
    page,
    baseURL,
  }) => {
    const problems = await watchPage(page, baseURL!);
    await planThree(page);
    await page.goto('/agenda/');
    await expect(page.getByRole('heading', { level: 1, name: 'Your agenda' })).toBeVisible();
    const all = page.getByRole('region', { name: /^(Overdue|Due today|Coming up this week)/ });
    await expect(all.first()).toBeVisible();
    const text = (await all.allTextContents()).join('\n');
    for (const company of ['Contoso', 'Fabrikam', 'Northwind Traders']) expect(text).toContain(company);
    await expect(item(page, 'Email a thank-you to Chiara Okafor')).toContainText('Contoso · Chiara Okafor · Email');
    await expect(
      section(page, /^Overdue/).getByRole('heading', { name: 'Email a thank-you to Chiara Okafor' }),
    ).toBeVisible();
    await expect(page.getByText(/^\d+ more steps? comes? after this week\.$/)).toBeVisible();
    expect(problems.foreignRequests).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });

  test('Done and Skip work from the agenda, can be undone, and the planner agrees', async ({ page }) => {
    await planThree(page);
    await page.goto('/agenda/');
    const chiara = item(page, 'Email a thank-you to Chiara Okafor');
    await chiara.getByRole('button', { name: /^Done/ }).click();
    await expect(chiara).toHaveCount(0);
    await expect(page.getByText('Marked done: “Email a thank-you to Chiara Okafor”.')).toBeVisible();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(chiara).toHaveCount(1);
    await chiara.getByRole('button', { name: /^Skip/ }).click();
    await expect(chiara).toHaveCount(0);

    await item(page, 'Email a thank-you to Bo Chen').getByRole('button', { name: /^Done/ }).click();
    await page.goto('/plan/');
    await page.getByRole('button', { name: 'Northwind Traders · Product designer', exact: true }).click();
    await expect(stepCard(page, 'Email a thank-you to Bo Chen')).toContainText('✓ Done');
  });

  test('each step links straight to its drafts in the right plan', async ({ page }) => {
    await planThree(page);
    await page.goto('/agenda/');
    await page.getByRole('link', { name: 'Email a thank-you to Dev Raman' }).click();
    await expect(page).toHaveURL(/\/plan\/\?plan=.+&step=/);
    const card = stepCard(page, 'Email a thank-you to Dev Raman');
    await expect(card).toBeFocused();
    await expect(card.getByRole('textbox', { name: 'Email draft' })).toBeVisible();
    await expect(card.getByRole('textbox', { name: 'Email draft' })).toHaveValue(/^Hi Dev,/);
    await expect(
      page
        .getByRole('region', { name: 'Your interviews' })
        .getByRole('button', { name: /Fabrikam/ })
        .first(),
    ).toHaveAttribute('aria-current', 'true');
  });

  test('says so when there are no plans yet, and links to the planner', async ({ page }) => {
    await page.goto('/agenda/');
    await expect(page.getByText('No saved plans yet.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Plan my follow-up' })).toHaveAttribute('href', '/plan/');
  });

  test('the home page links to the agenda beside what is next up', async ({ page }) => {
    await planThree(page);
    await page.goto('/');
    const nextUp = page.getByRole('region', { name: 'Next up in your plans' });
    await nextUp.getByRole('link', { name: /Your agenda/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your agenda' })).toBeVisible();
  });
});
