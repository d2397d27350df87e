import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from './support/site';
import { watchPage } from './support/watch';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

for (const path of builtPages()) {
  for (const theme of ['light', 'dark'] as const) {
    test(`${path} loads cleanly and passes axe in the ${theme} theme`, async ({ page, baseURL }) => {
      const problems = await watchPage(page, baseURL!);
      await page.emulateMedia({ colorScheme: theme });
      const response = await page.goto(path);
      expect(response?.status(), 'HTTP status').toBe(200);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await page.waitForLoadState('networkidle');

      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      const summary = results.violations.map(
        (v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
      expect(summary, 'axe violations').toEqual([]);
      expect(await page.getByRole('heading', { level: 1 }).count(), 'one h1').toBe(1);
      expect(problems.consoleErrors, 'console errors').toEqual([]);
      expect(problems.cspViolations, 'CSP violations').toEqual([]);
      expect(problems.foreignRequests, 'requests to other origins').toEqual([]);
    });
  }
}
