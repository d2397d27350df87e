import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { openPlanner, panelInterview, stepCard, tabTo, walkToPlan } from './support/planner';

const ADA = 'Email a thank-you to Ada Quill';

test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });

const FIRST = 'Check in with Ada Quill about the decision';
const SECOND = 'Check in once more with Ada Quill';
const heading = (page: Page, title: string) =>
  page.getByRole('list', { name: 'Your steps' }).getByRole('heading', { level: 3, name: title });
const liveRegion = (page: Page) => page.locator('.plan-view > [role="status"]');
/** A step's button by its visible words ("Move", "Move it", "Reset"); its name ends with the step's title. */
const button = (card: Locator, words: string, title: string) =>
  card.getByRole('button', { name: new RegExp(`^${words}\\W+${title}$`) });

/** The planner on Tue 1 December 2026, with a panel interview the day before. */
async function planFromMonday(page: Page): Promise<void> {
  await page.clock.install({ time: new Date('2026-12-01T12:00:00Z') });
  await openPlanner(page);
  await walkToPlan(page, { ...panelInterview(), date: '2026-11-30', time: '10:00' });
}

test.describe('moving a step', () => {
  test('a check-in moved three days later takes the second along; one moved too close says so; Reset puts it back', async ({
    page,
  }) => {
    await planFromMonday(page);
    const first = stepCard(page, FIRST);
    const second = stepCard(page, SECOND);
    await expect(first.locator('.step-when time')).toHaveText('Monday 7 December at 09:00');
    await expect(second.locator('.step-when time')).toHaveText('Tuesday 15 December at 09:00');

    await tabTo(page, button(first, 'Move', FIRST));
    await page.keyboard.press('Enter');
    await expect(first.getByText(/^Recommended: Monday 7 December at 09:00; any time from/)).toBeVisible();
    await first.getByLabel(/^New day/).fill('2026-12-10');
    await first.getByLabel(/^Time/).fill('10:30');
    await button(first, 'Move it', FIRST).click();

    await expect(heading(page, FIRST)).toBeFocused();
    await expect(liveRegion(page)).toHaveText(
      `Moved “${FIRST}” to Thursday 10 December at 10:30. 2 later steps moved with it.`,
    );
    await expect(first.locator('.step-moved')).toContainText('Moved by you The plan had Monday 7 December at 09:00.');
    // The second check-in keeps its spacing: three days later, Friday 18 December.
    await expect(second.locator('.step-when time')).toHaveText('Friday 18 December at 09:00');
    await expect(second.locator('.step-moved')).toContainText(
      `Moved with another step It keeps its spacing after “${FIRST}”. The plan had Tuesday 15 December at 09:00.`,
    );

    // Moved to within a week of the first: allowed, with a warning on both.
    await button(second, 'Move', SECOND).click();
    await second.getByLabel(/^New day/).fill('2026-12-14');
    await second.getByLabel(/^Time/).fill('09:00');
    await button(second, 'Move it', SECOND).click();
    await expect(heading(page, SECOND)).toBeFocused();
    await expect(second.locator('.step-warning')).toHaveText(/less than 7 days after your first check-in/);
    await expect(first.locator('.step-warning')).toHaveText(/less than 7 days before your second check-in/);
    await expect(liveRegion(page)).toContainText('Heads up: this is now less than 7 days after your first check-in');

    await button(second, 'Reset', SECOND).click();
    await expect(heading(page, SECOND)).toBeFocused();
    await expect(second.locator('.step-when time')).toHaveText('Friday 18 December at 09:00');
    await expect(liveRegion(page)).toHaveText(/is back at the recommended time, Friday 18 December at 09:00\./);
    await expect(page.locator('.step-warning')).toHaveCount(0);

    // The move is kept with the plan.
    await page.reload();
    await expect(stepCard(page, FIRST).locator('.step-when time')).toHaveText('Thursday 10 December at 10:30');
  });

  test('a day that cannot be read gets its own message, and what was typed stays', async ({ page }) => {
    await planFromMonday(page);
    const first = stepCard(page, FIRST);
    await button(first, 'Move', FIRST).click();
    await first.getByLabel(/^New day/).fill('');
    await first.getByLabel(/^Time/).fill('14:15');
    await button(first, 'Move it', FIRST).click();
    await expect(first.getByText('Pick the day to move it to.')).toBeVisible();
    await expect(first.getByLabel(/^New day/)).toBeFocused();
    await expect(first.getByLabel(/^Time/)).toHaveValue('14:15');
  });
});

test.describe('logging what was sent, and a calendar that follows', () => {
  test('a reply logged with a note and a new date re-plans from it; the .ics then cancels the done step and carries the log', async ({
    page,
  }) => {
    await planFromMonday(page);
    const ada = stepCard(page, ADA);
    await ada
      .getByRole('button', { name: /^Mark done/ })
      .first()
      .click();
    await expect(ada.locator('.log-lines')).toContainText(/^Done Tuesday 1 December at 12:0\d by email\.$/);

    await button(ada, 'Log details', ADA).click();
    await ada.getByRole('radio', { name: 'Phone call' }).check();
    await ada.getByLabel(/^Note/).fill('left a voicemail; she replied: decision next week');
    await ada.getByRole('radio', { name: 'They gave a new date' }).check();
    await ada.getByLabel(/^The date they gave/).fill('2026-12-11');
    await button(ada, 'Save', ADA).click();
    await expect(button(ada, 'Log details', ADA)).toBeFocused();
    await expect(liveRegion(page)).toHaveText(`Saved what you did for “${ADA}”.`);
    const lines = ada.locator('.log-lines li');
    await expect(lines).toHaveText([
      /^Done Tuesday 1 December at 12:0\d by phone\.$/,
      'Note: left a voicemail; she replied: decision next week',
      'They gave a new date: Friday 11 December.',
    ]);

    await ada.getByRole('button', { name: 'Re-plan from Friday 11 December' }).click();
    await expect(ada.locator('.replan [role="status"]')).toHaveText(
      'Re-planned from Friday 11 December: your check-ins now wait for their decision.',
    );
    // One business day after Friday 11 December.
    await expect(stepCard(page, FIRST).locator('.step-when time')).toHaveText('Monday 14 December at 09:00');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download calendar (.ics)' }).click();
    const text = await readFile(await (await download).path(), 'utf8');
    const events = new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents('vevent');
    const find = (summary: string) => events.find((e) => e.getFirstPropertyValue('summary') === summary);
    const done = find(`Done: ${ADA}`)!;
    expect(done.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(String(done.getFirstPropertyValue('description'))).toContain(
      'left a voicemail; she replied: decision next week',
    );
    expect(done.getAllSubcomponents('valarm')).toHaveLength(0);
    const first = find(FIRST)!;
    expect(first.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect((first.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString()).toBe(
      '2026-12-14T09:00:00.000Z',
    );
  });
});
