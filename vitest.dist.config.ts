import { defineConfig } from 'vitest/config';

/** Tests that read the production build in dist/ (links, metadata, HTML validity, budgets). */
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
  },
});
