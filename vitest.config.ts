import { defineConfig } from 'vitest/config';
import ProjectsTakeTurns from './tests/support/suite-order';

/**
 * Three projects, so that each can run alone (`vitest run --project unit`):
 * - unit: pure functions of src/lib and friends, in seconds, nothing built;
 * - tools: the staff commands, the malformed-content corpus, types and house style, a new county's site
 *   (init, build, upgrade), each on its own copies;
 * - site: the built sample site read as files, as feeds and in Chromium (its global setup builds it once).
 */
export default defineConfig({
  test: {
    // The default report for people, a JSON one that .ci/run counts its summary line from, and the time
    // the run took against the suite's budget (docs/performance.md).
    reporters: [
      'default',
      ['json', { outputFile: '.test-results/vitest.json' }],
      './tests/support/time-budget-reporter.ts',
    ],
    testTimeout: 30_000,
    hookTimeout: 240_000,
    // Two cores: more workers only make the builds some tests run fight each other.
    maxWorkers: 2,
    // The projects take turns, so tests that wait and tests that compute run side by side.
    sequence: { sequencer: ProjectsTakeTurns },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'tools',
          include: ['tests/{staff,content-errors,house,county}/**/*.test.ts', 'tests/typecheck.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/{site,browser}/**/*.test.ts'],
          globalSetup: ['tests/support/build-sample-site.ts'],
        },
      },
    ],
  },
});
