/**
 * Nothing the user typed is lost, whatever the browser does: storage that is
 * refused or full, two tabs editing the same plan, hostile or broken files.
 */
import { expect, test, type Page } from '@playwright/test';
import { openPlanner, stepHeading } from './support/planner';

declare global {
  interface Window {
    /** Test hook: the page's next storage event for the plans is dropped. */
    __missNextSave?: boolean;
  }
}

const list = (page: Page) => page.getByRole('region', { name: 'Your interviews' });
const importFile = (page: Page, name: string, text: string) =>
  list(page)
    .getByLabel('Import plans')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

test.describe('storage the browser refuses', () => {
  test('with storage blocked on first access, the planner works in memory, says so and offers the export', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto('/plan/');
    const notice = page.getByRole('alert');
    await expect(notice).toContainText('last only until you close this tab');
    await page.getByLabel(/^Company/).fill('Acme');
    await expect(list(page).getByRole('button', { name: 'Acme', exact: true })).toBeVisible();
    const download = page.waitForEvent('download');
    await notice.getByRole('button', { name: 'Export all plans' }).click();
    expect((await download).suggestedFilename()).toBe('follow-through-plans.json');
  });

  test('when storage is full, a notice says so, the typing stays on the page and the last save stays whole', async ({
    page,
  }) => {
    await openPlanner(page);
    await page.getByLabel(/^Company/).fill('Saved Co');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('ft-plans') ?? '')).toContain('Saved Co');
    const saved = await page.evaluate(() => localStorage.getItem('ft-plans'));
    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('quota', 'QuotaExceededError');
      };
    });
    await page.getByLabel(/^Company/).fill('Saved Co and more');
    const notice = page.getByRole('alert');
    await expect(notice).toContainText('storage is full');
    await expect(page.getByLabel(/^Company/)).toHaveValue('Saved Co and more');
    await expect(notice.getByRole('button', { name: 'Export all plans' })).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('ft-plans'))).toBe(saved);
  });

  test('one unreadable plan is set aside, the others load, and the kept data can be brought back', async ({ page }) => {
    await page.addInitScript(() => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', 'yes');
      const good = { id: 'good', input: { interview: { company: 'Readable Co' } } };
      const odd = { id: 'odd', input: { interview: { company: 'Odd Co', date: 20260101 } } };
      localStorage.setItem('ft-plans', JSON.stringify({ version: '2', plans: { good, broken: 7, odd } }));
    });
    await page.goto('/plan/');
    const notice = page.getByRole('alert');
    await expect(notice).toContainText('1 saved plan could not be read and was kept aside');
    await expect(list(page).getByRole('button', { name: 'Readable Co', exact: true })).toBeVisible();
    await expect(list(page).getByRole('button', { name: 'Odd Co', exact: true })).toBeVisible();
    const kept = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((key) => key.startsWith('ft-plans-set-aside-'))
        .map((key) => JSON.parse(localStorage.getItem(key) ?? '') as unknown),
    );
    expect(kept).toEqual([{ version: '2', plans: { broken: 7 } }]);
    await notice.getByRole('button', { name: 'Bring back what can be read' }).click();
    await expect(list(page).getByRole('status')).toContainText('Plan 1 is a number, not a plan');
  });
});

test.describe('two tabs', () => {
  // A page can be told to miss the next storage event for the plans, as a tab does
  // when the other tab saves at the same moment it does.
  test.beforeEach(async ({ context }) => {
    await context.addInitScript(() => {
      // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with .call(this, …).
      const add = EventTarget.prototype.addEventListener;
      const missed = new WeakSet<Event>();
      EventTarget.prototype.addEventListener = function (
        this: EventTarget,
        type: string,
        listener: unknown,
        options?: unknown,
      ) {
        if (this !== window || type !== 'storage' || typeof listener !== 'function') {
          return add.call(this, type, listener as EventListener, options as AddEventListenerOptions);
        }
        const gated = (event: Event) => {
          if (window.__missNextSave && (event as StorageEvent).key === 'ft-plans') {
            window.__missNextSave = false;
            missed.add(event);
          }
          if (!missed.has(event)) (listener as EventListener).call(this, event);
        };
        return add.call(this, type, gated, options as AddEventListenerOptions);
      };
    });
  });

  test('edits in one tab appear in the other, and edits to the same plan in both are both kept', async ({
    context,
  }) => {
    const first = await context.newPage();
    await openPlanner(first);
    await first.getByLabel(/^Company/).fill('Acme');
    const second = await context.newPage();
    await second.goto('/plan/');
    await expect(second.getByLabel(/^Company/)).toHaveValue('Acme');

    await first.getByLabel(/^Job you interviewed for/).fill('Designer');
    await expect(second.getByLabel(/^Job you interviewed for/)).toHaveValue('Designer');
    await second.getByLabel(/^Start time/).fill('09:30');
    await expect(first.getByLabel(/^Start time/)).toHaveValue('09:30');

    // Both tabs change the same field before either hears of the other's change:
    // each page misses the other's next save of the plans.
    await Promise.all([
      first.evaluate(() => (window.__missNextSave = true)),
      second.evaluate(() => (window.__missNextSave = true)),
    ]);
    await first.getByLabel(/^Company/).fill('Acme Tools');
    await second.getByLabel(/^Company/).fill('Acme Labs');
    // The next save from either tab carries its version across; nothing is overwritten silently.
    await first.getByLabel(/^Job you interviewed for/).fill('Product designer');
    for (const page of [first, second]) {
      await expect(
        list(page).getByRole('button', { name: 'Acme Labs · Designer (second version)', exact: true }),
      ).toBeVisible();
      await expect(page.getByRole('alert')).toContainText('was changed in another tab at the same time');
    }
    const companies = await first.evaluate(() =>
      Object.values(
        (
          JSON.parse(localStorage.getItem('ft-plans') ?? '{}') as {
            plans: Record<string, { input: { interview: { company: string } } }>;
          }
        ).plans,
      )
        .map((plan) => plan.input.interview.company)
        .sort(),
    );
    expect(companies).toEqual(['Acme Labs', 'Acme Tools']);
  });
});

test.describe('imports', () => {
  test('importing the same file twice adds nothing, asks about changed plans, and never leaves an empty plan', async ({
    page,
  }) => {
    await openPlanner(page);
    await page.getByLabel(/^Company/).fill('Kept Co');
    const download = page.waitForEvent('download');
    await list(page).getByRole('button', { name: 'Export all plans' }).click();
    const text = await (await download).createReadStream().then(async (stream) => {
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    });

    await importFile(page, 'follow-through-plans.json', text);
    const review = list(page).getByRole('region', { name: /^Import from/ });
    await expect(review).toContainText('Already saved here, unchanged: “Kept Co”');
    await review.getByRole('button', { name: 'Close: nothing new to import' }).click();
    await expect(list(page).getByRole('listitem')).toHaveCount(1);

    await page.getByLabel(/^Company/).fill('Kept Co, renamed here');
    await importFile(page, 'follow-through-plans.json', text);
    await expect(review).toContainText('already saved here with different answers');
    await review.getByRole('button', { name: 'Keep both' }).click();
    await expect(list(page).getByRole('status')).toContainText('Import done: added 1 plan.');
    await expect(list(page).getByRole('listitem')).toHaveCount(2);

    // In a fresh browser the planner opens an empty plan; an import takes its place.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(stepHeading(page, 'The interview')).toBeVisible();
    await importFile(page, 'follow-through-plans.json', text);
    await review.getByRole('button', { name: 'Import 1 plan' }).click();
    await expect(list(page).getByRole('button', { name: /^Untitled interview$/ })).toHaveCount(0);
    await expect(page.getByLabel(/^Company/)).toHaveValue('Kept Co');
  });

  for (const [what, name, text, message] of [
    ['a file of 20 MB', 'huge.json', ' '.repeat(20_000_000), /This file is 20\.0 MB, far larger than a plans export/],
    ['deep nesting', 'deep.json', `${'['.repeat(50_000)}${']'.repeat(50_000)}`, /more than 32 levels deep/],
    [
      'a __proto__ key',
      'proto.json',
      '{"__proto__":{"x":1},"kind":"follow-through-plans","version":2,"plans":[]}',
      /uses the name “__proto__”/,
    ],
    [
      'a future version',
      'future.json',
      '{"kind":"follow-through-plans","version":7,"plans":[{}]}',
      /newer version of Follow Through \(format 7/,
    ],
    ['a file that is not JSON', 'calendar.ics', 'BEGIN:VCALENDAR', /it is not JSON text/],
    [
      'wrong types only',
      'types.json',
      '{"kind":"follow-through-plans","version":2,"plans":[1,"x",null]}',
      /No plan in this file could be read/,
    ],
  ] as const) {
    test(`a file with ${what} gets its own message and leaves the saved plans untouched`, async ({ page }) => {
      await openPlanner(page);
      await page.getByLabel(/^Company/).fill('Untouched Co');
      await expect.poll(() => page.evaluate(() => localStorage.getItem('ft-plans') ?? '')).toContain('Untouched Co');
      const before = await page.evaluate(() => localStorage.getItem('ft-plans'));
      await importFile(page, name, text);
      await expect(list(page).getByRole('status')).toContainText(message);
      await expect(list(page).getByRole('region', { name: /^Import from/ })).toHaveCount(0);
      expect(await page.evaluate(() => localStorage.getItem('ft-plans'))).toBe(before);
      expect(await page.evaluate(() => Object.getPrototypeOf({}) === Object.prototype)).toBe(true);
    });
  }

  test('a file with some hostile or odd plans imports the good ones only once confirmed, naming the rest', async ({
    page,
  }) => {
    await openPlanner(page);
    await page.getByLabel(/^Company/).fill('Mine');
    const good = { id: 'g', input: { interview: { company: 'Good Co', date: 20260101 } } };
    const text = `{"kind":"follow-through-plans","version":2,"plans":[${JSON.stringify(good)},{"id":"h","input":{"__proto__":{"admin":true}}},${JSON.stringify(good)},"text"]}`;
    await importFile(page, 'mixed.json', text);
    const review = list(page).getByRole('region', { name: /^Import from/ });
    await expect(review.getByRole('list').first().getByRole('listitem')).toHaveText(['Good Co']);
    await expect(review).toContainText('one answer could not be read and will be blank (interview date)');
    await expect(review).toContainText('Plan 2 uses the name “input.__proto__”');
    await expect(review).toContainText('Plan 3 is the same as plan 1, so it is imported once.');
    await expect(review).toContainText('Plan 4 is a string, not a plan');
    await expect(list(page).getByRole('button', { name: 'Good Co', exact: true })).toHaveCount(0);
    await review.getByRole('button', { name: 'Import 1 plan' }).click();
    await expect(list(page).getByRole('button', { name: 'Good Co', exact: true })).toBeVisible();
    await expect(list(page).getByRole('button', { name: 'Mine', exact: true })).toBeVisible();
  });
});
