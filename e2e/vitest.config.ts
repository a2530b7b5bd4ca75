import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['journeys/**/*.e2e.test.ts'],
    root: import.meta.dirname,
    globalSetup: ['support/build-api.ts'],
    // One Chromium and one API at a time: the machine has two cores.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Polls wait longer than the 1 s default: two cores are shared with the API and Chromium.
    expect: { poll: { timeout: 30_000, interval: 100 } },
  },
});
