import { defineConfig } from 'vitest/config';

// Unit tests sit beside the code they prove (`*.test.ts`); e2e/ belongs to Playwright.
export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
  },
});
