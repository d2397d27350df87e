import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { isoDay, openPlanner, panelInterview, stepCard, tabTo, walkToPlan } from './support/planner';

test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
const timeline = (page: Page) => page.getByRole('navigation', { name: 'At a glance' });
const mark = (page: Page, name: string | RegExp) => timeline(page).getByRole('link', { name });
const SHOTS = process.env['SHOTS_DIR'];

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

test.describe('the timeline at a glance', () => {
  test('at 390 px every mark is reached by keyboard, and activating one brings its step into view', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openPlanner(page);
    await walkToPlan(page, { ...panelInterview(), date: isoDay(-3), decideBy: isoDay(6) });
    const bar = timeline(page);
    await expect(bar).toBeVisible();
    // Fits the phone's width: no sideways scrolling of the page.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expect(bar.getByText('Today', { exact: true })).toBeVisible();
    await expect(bar.getByText(/^Decision due /)).toBeVisible();

    const links = bar.getByRole('link');
    const count = await links.count();
    const steps = await page.getByRole('list', { name: 'Your steps' }).getByRole('heading', { level: 3 }).count();
    expect(count).toBe(steps);
    // Each mark says its step, channel, day and state in words.
    await expect(mark(page, /^Email a thank-you to Bo Chen, by email: .*\. (Date passed|To do)/)).toHaveCount(1);

    await tabTo(page, links.first());
    for (let i = 1; i < count; i += 1) {
      await page.keyboard.press('Tab');
      await expect(links.nth(i)).toBeFocused();
      await expect(links.nth(i)).toBeInViewport();
    }
    const moveOn = mark(page, /^If you have heard nothing, move on with your search/);
    await expect(moveOn).toBeFocused();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', {
      level: 3,
      name: 'If you have heard nothing, move on with your search',
    });
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();

    // Reach a check-in from its mark, move it, and the mark says so.
    const checkIn = 'Check in with Ada Quill about the decision';
    await mark(page, new RegExp(`^${checkIn}`)).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 3, name: checkIn })).toBeFocused();
    await tabTo(page, stepCard(page, checkIn).getByRole('button', { name: /^Move/ }));
    await page.keyboard.press('Enter');
    await stepCard(page, checkIn)
      .getByLabel(/^New day/)
      .fill(isoDay(12));
    await stepCard(page, checkIn).getByLabel(/^Time/).fill('10:30');
    await stepCard(page, checkIn)
      .getByRole('button', { name: /^Move it/ })
      .click();
    await expect(mark(page, new RegExp(`^${checkIn}, by email: .*, 10:30\\. Moved by you\\.$`))).toHaveCount(1);

    // Marking a step done shows on its mark, in words.
    await stepCard(page, 'Email a thank-you to Ada Quill')
      .getByRole('button', { name: /^Mark done/ })
      .click();
    await expect(mark(page, /^Email a thank-you to Ada Quill, by email: .*\. Done\.$/)).toHaveCount(1);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`the plan view with its timeline passes axe in the ${theme} theme`, async ({ page }) => {
      test.slow(); // The whole wizard, an event and a full axe run: over a minute on a busy machine.
      await page.emulateMedia({ colorScheme: theme });
      await openPlanner(page);
      await walkToPlan(page, { ...panelInterview(), date: isoDay(-6), decideBy: isoDay(3) });
      await stepCard(page, 'Email a thank-you to Ada Quill')
        .getByRole('button', { name: /^Mark done/ })
        .click();
      await stepCard(page, 'Email a thank-you to Bo Chen').getByRole('button', { name: /^Skip/ }).click();
      await recordRoundWithCleo(page, isoDay(-1), '14:00');
      await expect(mark(page, /^Email a thank-you to Cleo Banks/)).toBeVisible();
      await expect(timeline(page).getByText(/^Round 2, /)).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
      if (!SHOTS) return;
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await mark(page, /^Email a thank-you to Cleo Banks/).focus();
        await timeline(page).screenshot({ path: `${SHOTS}/v-timeline-${width}-${theme}.png` });
        await recordForm(page).getByRole('radio', { name: 'They invited me to another round' }).check();
        await recordForm(page).screenshot({ path: `${SHOTS}/v-new-round-${width}-${theme}.png` });
        await recordForm(page).getByRole('radio', { name: 'They turned me down' }).check();
      }
    });
  }
});
