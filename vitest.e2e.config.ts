import { defineConfig } from 'vitest/config';

// End-to-end tests drive the production build in Debian's Chromium through playwright-core.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // expect.poll's default of 1 s is shorter than a cold Chromium's first load with WebGL in software.
    expect: { poll: { timeout: 10_000 } },
    // One browser at a time: the machine has two cores and WebGL runs in software (SwiftShader).
    fileParallelism: false,
  },
});
