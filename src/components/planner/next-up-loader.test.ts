import { describe, expect, it } from 'vitest';
import { hasStoredNextUp } from './next-up-loader.ts';

describe('hasStoredNextUp', () => {
  it('is true when the summaries name a plan', () => {
    expect(hasStoredNextUp(() => '{"plan-1":{"planId":"plan-1"}}')).toBe(true);
  });

  it('is false with nothing stored, no plans, or storage that throws', () => {
    expect(hasStoredNextUp(() => null)).toBe(false);
    expect(hasStoredNextUp(() => '{}')).toBe(false);
    expect(
      hasStoredNextUp(() => {
        throw new Error('SecurityError');
      }),
    ).toBe(false);
  });
});
