import { expect, test } from '@playwright/test';
import { interviewer, isoDay, stepCard, stepHeading, stepTitles, tabTo } from './support/planner';

// Chromium lays out date and time fields by its UI language (US English here): month, day, year; 12-hour clock.
test.use({ timezoneId: 'Europe/London', locale: 'en-US' });

/** `YYYY-MM-DD` as typed, digit by digit, into a US-English date field. */
const typedDate = (iso: string) => iso.slice(5, 7) + iso.slice(8, 10) + iso.slice(0, 4);

test('the whole wizard can be done with the keyboard alone, ending with a usable plan', async ({ page }) => {
  await page.goto('/plan/');
  await expect(stepHeading(page, 'The interview')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  // Step 1: Enter in a field moves on, errors and all.
  await tabTo(page, page.getByLabel(/^Company/));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'fields need attention' })).toBeVisible();
  await expect(page.getByLabel(/^Company/)).toBeFocused();
  await page.keyboard.type('Keyboard Co');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Support engineer');
  await page.keyboard.press('Tab');
  await page.keyboard.type(typedDate(isoDay(-1)));
  await tabTo(page, page.getByLabel(/^Start time/));
  await page.keyboard.type('0930A');
  await expect(page.getByLabel(/^Start time/)).toHaveValue('09:30');
  await tabTo(page, page.getByRole('radio', { name: 'In person' }));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Phone', exact: true })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Next', exact: true }));
  await page.keyboard.press('Enter');

  // Step 2: focus starts at the heading; add, fill and reorder interviewers.
  await expect(stepHeading(page, 'Who you met')).toBeFocused();
  await tabTo(page, interviewer(page, 1).getByLabel(/^Name/));
  await page.keyboard.type('Ada Quill');
  await tabTo(page, page.getByRole('button', { name: 'Add another interviewer' }));
  await page.keyboard.press('Enter');
  await expect(interviewer(page, 2).getByLabel(/^Name/)).toBeFocused();
  await page.keyboard.type('Bo Chen');
  await tabTo(page, interviewer(page, 2).getByRole('button', { name: /^Move up/ }));
  await page.keyboard.press('Enter');
  await expect(interviewer(page, 1).getByLabel(/^Name/)).toHaveValue('Bo Chen');
  await expect(page.getByRole('status').filter({ hasText: 'Bo Chen moved to position 1 of 2.' })).toBeAttached();
  await expect(interviewer(page, 1).getByRole('button', { name: /^Move down/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(interviewer(page, 1).getByLabel(/^Name/)).toHaveValue('Ada Quill');
  await tabTo(page, interviewer(page, 2).getByLabel(/^Name/), { back: true });
  await page.keyboard.press('Enter');

  // Step 3: radios with arrow keys, then a date.
  await expect(stepHeading(page, 'What was said')).toBeFocused();
  await tabTo(page, page.getByRole('radio', { name: "They didn't give a date" }));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: "They'll decide by a date" })).toBeChecked();
  await tabTo(page, page.getByLabel(/^Date they said they would decide by/));
  await page.keyboard.type(typedDate(isoDay(6)));
  await page.keyboard.press('Enter');

  // Step 4: everything optional; the button reads "See my plan".
  await expect(stepHeading(page, 'What to say')).toBeFocused();
  await tabTo(page, page.getByLabel('Your name, to sign with'));
  await page.keyboard.type('Kim');
  await tabTo(page, page.getByRole('button', { name: 'See my plan' }));
  await page.keyboard.press('Enter');

  // The plan: tabs with arrow keys, copy, mark done.
  await expect(stepHeading(page, 'Your plan')).toBeFocused();
  await expect(stepTitles(page).first()).toHaveText(/Ada Quill/);
  const ada = stepCard(page, /thank-you to Ada Quill/);
  await tabTo(page, ada.getByRole('tab', { name: 'Email' }));
  await page.keyboard.press('ArrowRight');
  await expect(ada.getByRole('tab', { name: 'Card' })).toBeFocused();
  await expect(ada.getByRole('tab', { name: 'Card' })).toHaveAttribute('aria-selected', 'true');
  await expect(ada.getByRole('textbox', { name: 'Card draft' })).toBeVisible();
  await tabTo(page, ada.getByRole('button', { name: /^Mark done/ }), { back: true });
  await page.keyboard.press('Enter');
  await expect(ada.getByText('✓ Done')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Next up' })).not.toContainText('thank-you to Ada Quill');
});
