import { expect, test } from '@playwright/test';
import { isoDay, openPlanner, panelInterview, stepCard, stepTitles, tabTo, walkToPlan } from './support/planner';

test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });

const ADA = 'Email a thank-you to Ada Quill';
const BO = 'Email a thank-you to Bo Chen';
const heading = (page: import('@playwright/test').Page, title: string) =>
  page.getByRole('list', { name: 'Your steps' }).getByRole('heading', { level: 3, name: title });
const liveRegion = (page: import('@playwright/test').Page) => page.locator('.plan-view > [role="status"]');

test.describe('steering the plan', () => {
  test('after Mark done, Skip and Undo, focus lands on a sensible heading and the change is announced', async ({
    page,
  }) => {
    await openPlanner(page);
    await walkToPlan(page, panelInterview());
    await tabTo(page, stepCard(page, ADA).getByRole('button', { name: /^Mark done/ }));
    await page.keyboard.press('Enter');
    await expect(heading(page, BO)).toBeFocused();
    await expect(liveRegion(page)).toHaveText(`Marked “${ADA}” done. Next: ${BO}.`);

    await tabTo(page, stepCard(page, BO).getByRole('button', { name: /^Skip/ }));
    await page.keyboard.press('Enter');
    const third = (await stepTitles(page).nth(2).textContent())!;
    await expect(heading(page, third)).toBeFocused();
    await expect(liveRegion(page)).toHaveText(new RegExp(`^Skipped “${BO}”\\. Next: `));

    await tabTo(page, stepCard(page, ADA).getByRole('button', { name: /^Undo/ }), { back: true });
    await page.keyboard.press('Enter');
    await expect(heading(page, ADA)).toBeFocused();
    await expect(liveRegion(page)).toHaveText(`“${ADA}” is back on your list.`);
    // The next Tab continues inside the step, not from the top of the page.
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveText(/Panels and several rounds|Mark done/);
  });

  test('relative wording is worked out when shown, and moves on with the clock', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-12-01T12:00:00Z') });
    await openPlanner(page);
    await walkToPlan(page, { ...panelInterview(), date: '2026-12-01', time: '10:00' });
    const nextUp = page.getByRole('region', { name: 'Next up' });
    await expect(nextUp).toContainText('Tuesday 1 December at 10:45 · today');
    const ada = stepCard(page, ADA);
    await expect(ada.locator('.step-why')).not.toContainText(/today|tomorrow|yesterday/);

    // The next morning, with the page left open: no bare "yesterday" beside a reason that says "today".
    await page.clock.fastForward('22:00:00');
    await expect(nextUp).toContainText('Tuesday 1 December at 10:45 · was due yesterday');
    await expect(nextUp).toContainText('Still on time until Wednesday 2 December at 10:45: do it today if you can.');
    await expect(ada.locator('.step-when')).toContainText('was due yesterday');

    // Past the 24 hours: late, and no "on time" line.
    await page.clock.fastForward('02:00:00');
    await expect(nextUp).toContainText('Late, but still worth doing');
    await expect(nextUp).not.toContainText('Still on time');
  });

  test('an interview still ahead: the plan starts when it ends, a checklist for the day, and no drafts yet', async ({
    page,
  }) => {
    await openPlanner(page);
    await walkToPlan(page, { ...panelInterview(), date: isoDay(10) });
    const ahead = page.getByRole('region', { name: 'Your interview is coming up' });
    await expect(ahead).toContainText(/Your plan starts after the interview ends on \w+day \d+ \w+ at 10:45\./);
    await expect(ahead.getByRole('listitem')).toHaveCount(5);
    await expect(ahead.getByRole('link', { name: 'More on business cards' })).toHaveAttribute(
      'href',
      '/guides/before-you-leave/#ask-each-interviewer-for-a-business-card',
    );
    const ada = stepCard(page, ADA);
    await expect(ada.getByRole('button', { name: /Show drafts|Hide drafts/ })).toHaveCount(0);
    await expect(ada.getByRole('textbox')).toHaveCount(0);
    await expect(ada).toContainText('Drafts open once the interview has ended');
    await expect(ada.getByRole('button', { name: /^Mark done/ })).toHaveCount(0);
  });

  test('a video interview still ahead gets a checklist for a call: no business cards, nothing about the room', async ({
    page,
  }) => {
    await openPlanner(page);
    await walkToPlan(page, { ...panelInterview(), format: /^Video/, date: isoDay(10) });
    const ahead = page.getByRole('region', { name: 'Your interview is coming up' });
    await expect(ahead.getByRole('listitem')).toHaveCount(4);
    await expect(ahead).toContainText('Thank each of them for their time before the call ends.');
    await expect(ahead).not.toContainText(/business card|out of the room|face to face/);
  });

  test('the printout starts with the company, role, date and people, without the page introduction', async ({
    page,
  }) => {
    await openPlanner(page);
    await walkToPlan(page, panelInterview());
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { level: 1, name: 'Plan your follow-up' })).toBeHidden();
    await expect(page.getByText(/^A few questions about the interview/)).toBeHidden();
    const summary = page.locator('.plan-summary');
    await expect(summary).toContainText('Northwind Traders · Product designer');
    await expect(summary).toContainText(/Interview: \w+day, \d+ \w+ \d{4}, 10:00 to 10:45, a panel/);
    await expect(summary).toContainText('With Ada Quill, Head of Design; Bo Chen, Engineering lead');
    const top = (await summary.boundingBox())!.y;
    const nextUp = (await page.getByRole('region', { name: 'Next up' }).boundingBox())!.y;
    expect(top).toBeLessThan(nextUp);
    const main = (await page.getByRole('main').boundingBox())!.y;
    expect(top - main).toBeLessThan(80);
  });
});
