import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // End-to-end specs belong to Playwright, not vitest.
    include: ['{shared,data,server,electron,scripts}/**/*.test.ts', 'renderer/src/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
  },
});
