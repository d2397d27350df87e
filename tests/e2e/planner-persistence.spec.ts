import { expect, test, type Page } from '@playwright/test';
import { interviewer, isoDay, nextButton, openPlanner, stepHeading } from './support/planner';

test.use({ timezoneId: 'America/New_York', locale: 'en-US' });

/** Reloads and waits for the wizard to be back on `heading`. */
async function reloadOn(page: Page, heading: string) {
  await page.reload();
  await expect(stepHeading(page, heading)).toBeVisible();
}

test('a reload at every step keeps every value typed so far', async ({ page }) => {
  await openPlanner(page);
  const hostile = '<img src=x onerror=alert(1)> 🙂 דנה';
  await page.getByLabel(/^Company/).fill(hostile);
  await page.getByLabel(/^Job you interviewed for/).fill('Analyst');
  await page.getByLabel(/^Date/).fill(isoDay(-2));
  await page.getByLabel(/^Start time/).fill('14:30');
  await page.getByLabel('Length in minutes').fill('60');
  await page.getByLabel('Time zone', { exact: true }).fill('Asia/Tokyo');
  await page.getByRole('radio', { name: 'Video call' }).check();
  await page.getByRole('radio', { name: 'Final round' }).check();
  await reloadOn(page, 'The interview');
  await expect(page.getByLabel(/^Company/)).toHaveValue(hostile);
  await expect(page.getByLabel(/^Job you interviewed for/)).toHaveValue('Analyst');
  await expect(page.getByLabel(/^Date/)).toHaveValue(isoDay(-2));
  await expect(page.getByLabel(/^Start time/)).toHaveValue('14:30');
  await expect(page.getByLabel('Length in minutes')).toHaveValue('60');
  await expect(page.getByLabel('Time zone', { exact: true })).toHaveValue('Asia/Tokyo');
  await expect(page.getByRole('radio', { name: 'Video call' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Final round' })).toBeChecked();

  await nextButton(page).click();
  await expect(stepHeading(page, 'Who you met')).toBeVisible();
  await interviewer(page, 1).getByLabel(/^Name/).fill('Ada Quill');
  await interviewer(page, 1).getByLabel('Email').fill('ada@example.com');
  await interviewer(page, 1).getByLabel('Agreed to connect on LinkedIn').check();
  await page.getByRole('button', { name: 'Add another interviewer' }).click();
  await interviewer(page, 2).getByLabel(/^Name/).fill('Bo Chen');
  await page.getByLabel('A recruiter or someone else helped me get this interview').check();
  await page.getByLabel(/^Their name/).fill('Rae');
  await reloadOn(page, 'Who you met');
  await expect(interviewer(page, 1).getByLabel(/^Name/)).toHaveValue('Ada Quill');
  await expect(interviewer(page, 1).getByLabel('Email')).toHaveValue('ada@example.com');
  await expect(interviewer(page, 1).getByLabel('Agreed to connect on LinkedIn')).toBeChecked();
  await expect(interviewer(page, 2).getByLabel(/^Name/)).toHaveValue('Bo Chen');
  await expect(page.getByLabel(/^Their name/)).toHaveValue('Rae');

  await nextButton(page).click();
  await expect(stepHeading(page, 'What was said')).toBeVisible();
  await page.getByRole('radio', { name: "They'll call on a date" }).check();
  await page.getByLabel(/^Day they said they would call/).fill(isoDay(5));
  await page.getByLabel('They explained the next steps').check();
  await page.getByRole('radio', { name: 'Badly' }).check();
  await page.getByRole('radio', { name: 'Not sure yet' }).check();
  await reloadOn(page, 'What was said');
  await expect(page.getByRole('radio', { name: "They'll call on a date" })).toBeChecked();
  await expect(page.getByLabel(/^Day they said they would call/)).toHaveValue(isoDay(5));
  await expect(page.getByLabel('They explained the next steps')).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Badly' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Not sure yet' })).toBeChecked();

  await nextButton(page).click();
  await expect(stepHeading(page, 'What to say')).toBeVisible();
  const long = 'x'.repeat(10_000);
  await page.getByLabel('Strengths to restate').fill(long);
  await page.getByLabel('A question to ask them').fill('What does success look like\nin six months?');
  await page.getByRole('radio', { name: 'Handwritten card' }).check();
  await page.getByRole('radio', { name: 'Concise' }).check();
  await page.getByLabel('Your name, to sign with').fill('Sam');
  await reloadOn(page, 'What to say');
  await expect(page.getByLabel('Strengths to restate')).toHaveValue(long);
  await expect(page.getByLabel('A question to ask them')).toHaveValue('What does success look like\nin six months?');
  await expect(page.getByRole('radio', { name: 'Handwritten card' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Concise' })).toBeChecked();
  await expect(page.getByLabel('Your name, to sign with')).toHaveValue('Sam');

  // The long field is over the limit: the error shows, and nothing typed is lost.
  await page.getByRole('button', { name: 'See my plan' }).click();
  await expect(page.getByText(/Keep this under 500 characters/)).toBeVisible();
  await expect(page.getByLabel('Strengths to restate')).toBeFocused();
  await expect(page.getByLabel('Strengths to restate')).toHaveValue(long);
  await page.getByLabel('Strengths to restate').fill('Clear writing');
  await page.getByRole('button', { name: 'See my plan' }).click();
  await expect(stepHeading(page, 'Your plan')).toBeVisible();
  await reloadOn(page, 'Your plan');
  await expect(page.getByRole('heading', { name: 'Next up' })).toBeVisible();
});

test('corrupt stored data shows a notice, is kept aside, and the wizard works from a fresh start', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('ft-plans', '{"version":2,"plans":{"a":');
      sessionStorage.setItem('seeded', 'yes');
    }
  });
  await page.goto('/plan/');
  const notice = page.getByRole('alert');
  await expect(notice).toContainText('could not be read');
  await expect(stepHeading(page, 'The interview')).toBeVisible();
  const setAside = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('ft-plans-set-aside-'))
      .map((k) => localStorage.getItem(k)),
  );
  expect(setAside).toEqual(['{"version":2,"plans":{"a":']);
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download the data kept aside' }).click();
  expect((await download).suggestedFilename()).toBe('follow-through-kept-aside.json');

  await page.getByLabel(/^Company/).fill('Acme');
  await page.reload();
  await expect(page.getByLabel(/^Company/)).toHaveValue('Acme');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('data written by an older version is migrated, not lost', async ({ page }) => {
  await page.addInitScript(() => {
    if (localStorage.getItem('ft-plans')) return;
    const v1 = {
      version: 1,
      plans: {
        old: {
          id: 'old',
          name: 'From last year’s site',
          createdAt: '2026-01-01T00:00:00.000Z',
          step: 1,
          facts: {
            interview: { company: 'Legacy Ltd', role: 'Clerk' },
            interviewers: [{ id: 'x', name: 'Old Friend' }],
          },
          done: [],
          skipped: [],
        },
      },
    };
    localStorage.setItem('ft-plans', JSON.stringify(v1));
    localStorage.setItem('ft-active-plan', 'old');
  });
  await page.goto('/plan/');
  await expect(stepHeading(page, 'Who you met')).toBeVisible();
  await expect(interviewer(page, 1).getByLabel(/^Name/)).toHaveValue('Old Friend');
  await expect(page.getByRole('button', { name: 'From last year’s site', exact: true })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('ft-plans') ?? '{}') as { version: number });
  expect(stored.version).toBe(2);
});

test.describe('several interviews', () => {
  test('can be renamed, copied for the next round, switched between, deleted and restored', async ({ page }) => {
    await openPlanner(page);
    await page.getByLabel(/^Company/).fill('Northwind');
    await page.getByLabel(/^Job you interviewed for/).fill('Designer');
    const list = page.getByRole('region', { name: 'Your interviews' });
    await expect(list.getByRole('button', { name: 'Northwind · Designer', exact: true })).toHaveAttribute(
      'aria-current',
      'true',
    );

    await list.getByRole('button', { name: 'Rename Northwind · Designer' }).click();
    await expect(list.getByLabel('New name')).toBeFocused();
    await list.getByLabel('New name').fill('Dream job');
    await list.getByLabel('New name').press('Enter');
    await expect(list.getByRole('button', { name: 'Dream job', exact: true })).toBeVisible();

    await list.getByRole('button', { name: /^Copy for next round\s*: Dream job$/ }).click();
    await expect(list.getByRole('button', { name: 'Dream job (next round)', exact: true })).toHaveAttribute(
      'aria-current',
      'true',
    );
    await expect(page.getByLabel(/^Company/)).toHaveValue('Northwind');
    await expect(page.getByLabel(/^Date/)).toHaveValue('');
    await expect(page.getByRole('radio', { name: 'Second or later round' })).toBeChecked();

    await list.getByRole('button', { name: 'Dream job', exact: true }).click();
    await expect(list.getByRole('button', { name: 'Dream job', exact: true })).toHaveAttribute('aria-current', 'true');

    await list.getByRole('button', { name: 'Delete Dream job', exact: true }).click();
    await expect(list.getByRole('button', { name: 'Dream job', exact: true })).toHaveCount(0);
    await expect(list.getByRole('status')).toContainText('Deleted “Dream job”');
    await expect(list.getByRole('button', { name: 'Undo' })).toBeFocused();
    await list.getByRole('button', { name: 'Undo' }).click();
    await expect(list.getByRole('button', { name: 'Dream job', exact: true })).toHaveAttribute('aria-current', 'true');
    await page.reload();
    await expect(list.getByRole('button', { name: 'Dream job', exact: true })).toBeVisible();
    await expect(list.getByRole('button', { name: 'Dream job (next round)', exact: true })).toBeVisible();
  });

  test('are exported to a JSON file and imported back; a wrong file gets a clear error', async ({ page }) => {
    await openPlanner(page);
    await page.getByLabel(/^Company/).fill('Exported Co');
    const list = page.getByRole('region', { name: 'Your interviews' });
    const download = page.waitForEvent('download');
    await list.getByRole('button', { name: 'Export all plans' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('follow-through-plans.json');
    const path = await file.path();

    await list.getByRole('button', { name: 'Delete Exported Co', exact: true }).click();
    await expect(list.getByRole('button', { name: 'Exported Co', exact: true })).toHaveCount(0);

    await list.getByLabel('Import plans').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello":"world"}'),
    });
    await expect(list.getByRole('status')).toContainText('JSON, but not a Follow Through plans export');

    await list.getByLabel('Import plans').setInputFiles(path);
    const review = list.getByRole('region', { name: /^Import from/ });
    await expect(review.getByRole('heading')).toBeFocused();
    await expect(review.getByRole('listitem')).toHaveText(['Exported Co']);
    await review.getByRole('button', { name: 'Import 1 plan' }).click();
    await expect(list.getByRole('status')).toContainText('Import done: added 1 plan.');
    await expect(list.getByRole('button', { name: 'Exported Co', exact: true })).toHaveAttribute(
      'aria-current',
      'true',
    );
    await expect(page.getByLabel(/^Company/)).toHaveValue('Exported Co');
  });
});
