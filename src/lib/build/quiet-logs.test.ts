import { describe, expect, it, vi } from 'vitest';
import { quietLogs } from './quiet-logs.ts';

const directive = (name: string) => ({
  code: 'MODULE_LEVEL_DIRECTIVE',
  message: `The semantics of the module level directive "${name}" in "src/content/guides/a.mdx?astroPropagatedAssets" may not be preserved when bundling.`,
});

describe("the build's logs", () => {
  it("drop the warning about Astro's own head-inject marker", () => {
    const handler = vi.fn();
    quietLogs('warn', directive('use astro:head-inject'), handler);
    expect(handler).not.toHaveBeenCalled();
  });

  it('pass on every other log, the same code for another directive included', () => {
    const handler = vi.fn();
    const others = [
      directive('use client'),
      { code: 'UNRESOLVED_IMPORT', message: 'Could not resolve "./x"' },
      { message: '"use astro:head-inject" in a message with no code' },
    ];
    for (const log of others) quietLogs('warn', log, handler);
    quietLogs('info', { message: 'built' }, handler);
    expect(handler.mock.calls).toEqual([...others.map((log) => ['warn', log]), ['info', { message: 'built' }]]);
  });
});
