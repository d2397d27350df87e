import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { expect, test, type Page } from '@playwright/test';
import { openPlanner, panelInterview, stepCard, walkToPlan } from './support/planner';
import { watchPage } from './support/watch';

test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });

/** `20261103T140000Z` → milliseconds. */
const fromBasic = (basic: string): number =>
  Date.parse(basic.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'));

const adaCard = (page: Page) => stepCard(page, 'Email a thank-you to Ada Quill');

test.describe('a step in any calendar', () => {
  test('Google Calendar and Outlook links carry the step, its recommended time and a way back', async ({
    page,
    baseURL,
  }) => {
    const problems = await watchPage(page, baseURL!);
    await openPlanner(page);
    await walkToPlan(page, panelInterview());
    const card = adaCard(page);
    const start = Date.parse((await card.locator('time').first().getAttribute('datetime'))!);
    await card.getByText('Add to calendar').click();

    const google = new URL((await card.getByRole('link', { name: /^Google Calendar/ }).getAttribute('href'))!);
    expect(google.origin).toBe('https://calendar.google.com');
    expect(google.searchParams.get('text')).toBe('Email a thank-you to Ada Quill');
    const [from, to] = google.searchParams.get('dates')!.split('/');
    expect(fromBasic(from!)).toBe(start);
    expect(fromBasic(to!)).toBe(start + 30 * 60_000);

    const outlook = new URL((await card.getByRole('link', { name: /^Outlook\.com/ }).getAttribute('href'))!);
    expect(outlook.hostname).toBe('outlook.live.com');
    const work = new URL((await card.getByRole('link', { name: /^Outlook for work or school/ }).getAttribute('href'))!);
    expect(work.hostname).toBe('outlook.office.com');
    expect(work.searchParams.get('subject')).toBe('Email a thank-you to Ada Quill');
    expect(Date.parse(work.searchParams.get('startdt')!)).toBe(start);
    expect(outlook.searchParams.get('subject')).toBe('Email a thank-you to Ada Quill');
    expect(Date.parse(outlook.searchParams.get('startdt')!)).toBe(start);
    expect(Date.parse(outlook.searchParams.get('enddt')!)).toBe(start + 30 * 60_000);

    for (const description of [google.searchParams.get('details')!, outlook.searchParams.get('body')!]) {
      expect(description).toContain('Hi Ada,');
      expect(description).toMatch(new RegExp(`Open the plan: ${baseURL}/plan/\\?plan=[\\w-]+&step=`));
    }
    await expect(card.getByRole('link', { name: /^Google Calendar/ })).toHaveAttribute('target', '_blank');
    expect(problems.foreignRequests, 'the links are never fetched by the page').toEqual([]);
  });

  test('the edited draft is what the calendar event quotes', async ({ page }) => {
    await openPlanner(page);
    await walkToPlan(page, panelInterview());
    const card = adaCard(page);
    await card.getByRole('textbox', { name: 'Email draft' }).fill('Dear Ada,\n\nMy own opening line.');
    await card.getByText('Add to calendar').click();
    const google = new URL((await card.getByRole('link', { name: /^Google Calendar/ }).getAttribute('href'))!);
    expect(google.searchParams.get('details')).toContain('Dear Ada,\n\nMy own opening line.');
  });

  test("a step's own .ics holds one event with the UID it has in the whole plan's file", async ({ page }) => {
    await openPlanner(page);
    await walkToPlan(page, panelInterview());
    const events = async (click: () => Promise<void>) => {
      const download = page.waitForEvent('download');
      await click();
      const text = await readFile(await (await download).path(), 'utf8');
      return new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents('vevent');
    };
    const whole = await events(() => page.getByRole('button', { name: 'Download calendar (.ics)' }).click());
    const card = stepCard(page, 'Email a thank-you to Bo Chen');
    await card.getByText('Add to calendar').click();
    const one = await events(() => card.getByRole('button', { name: 'Other calendars (.ics file)' }).click());
    expect(one).toHaveLength(1);
    const uid = String(one[0]!.getFirstPropertyValue('uid'));
    expect(whole.map((e) => String(e.getFirstPropertyValue('uid')))).toContain(uid);
    expect(String(one[0]!.getFirstPropertyValue('summary'))).toBe('Email a thank-you to Bo Chen');
    expect(Number(one[0]!.getFirstPropertyValue('sequence'))).toBeGreaterThan(0);
  });
});

test.describe('sharing a draft from a phone', () => {
  test('"Share…" hands the draft and its subject to the phone\'s share sheet', async ({ page }) => {
    await page.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.defineProperty(window, '__shared', { value: shared });
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: (data: ShareData) => {
          shared.push(data);
          return Promise.resolve();
        },
      });
    });
    await openPlanner(page);
    await walkToPlan(page, panelInterview());
    const card = adaCard(page);
    await card.getByRole('button', { name: 'Share…' }).click();
    const shared = await page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared);
    expect(shared).toEqual([
      {
        title: await card.getByRole('textbox', { name: 'Subject' }).inputValue(),
        text: await card.getByRole('textbox', { name: 'Email draft' }).inputValue(),
      },
    ]);
    await expect(card.getByRole('button', { name: 'Copy', exact: true })).toBeVisible();
  });

  test('without the Web Share API the control is hidden and Copy remains', async ({ page }) => {
    await page.addInitScript(() => {
      delete (Navigator.prototype as { share?: unknown }).share;
    });
    await openPlanner(page);
    await walkToPlan(page, panelInterview());
    const card = adaCard(page);
    await expect(card.getByRole('button', { name: 'Copy', exact: true })).toBeVisible();
    await expect(card.getByRole('button', { name: 'Share…' })).toHaveCount(0);
  });
});
