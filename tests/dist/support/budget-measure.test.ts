import { describe, expect, it } from 'vitest';
import { FILES, PAGE, read } from './budget-fixture';
import { formatBudgetTable, gzipSize, measurePage } from './budget-measure';

describe('measurePage', () => {
  it('counts each file once and moves inline code out of the HTML figure', () => {
    const cost = measurePage('/plan/', PAGE, read);
    // solid.js is preloaded and imported twice, yet appears once: 5 files + 1 inline script.
    expect(cost.scripts).toHaveLength(6);
    expect(new Set(cost.scripts.map((s) => s.key)).size).toBe(6);
    expect(cost.html).toBeLessThan(gzipSize(PAGE));
    expect(cost.js).toBeGreaterThan(0);
    expect(cost.css).toBe(gzipSize(FILES['/_astro/base.css'] ?? '') + gzipSize('.x{color:red}'));
    expect(cost.total).toBe(cost.html + cost.css + cost.js);
    expect(cost.lazyJs).toBeGreaterThan(0);
  });

  it('prints a row per page with its budget', () => {
    const table = formatBudgetTable([{ cost: measurePage('/plan/', PAGE, read), budget: 'js ≤ 30.0' }]);
    expect(table).toMatch(/\/plan\/.+js ≤ 30\.0/);
  });
});
