import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The sample site is built once, before any test that reads it.
    globalSetup: ['tests/support/build-sample-site.ts'],
    // The default report for people, plus a JSON one that .ci/run counts its summary line from.
    reporters: ['default', ['json', { outputFile: '.test-results/vitest.json' }]],
    testTimeout: 30_000,
    hookTimeout: 240_000,
    // Two cores: more workers only make the builds some tests run fight each other.
    maxWorkers: 2,
  },
});
