import { missingTools, missingToolsMessage } from '../../scripts/dev/test-tools.ts';
import { writeFileSync } from 'node:fs';
import { buildSite, SAMPLE_BUILD_OUTPUT } from './site-build';

/**
 * Global setup of the built-site tests: the system tools they use must be there (a missing one fails
 * the run here, before any test, rather than skipping tests), then the sample site is built once; a
 * failed build fails the whole run, loudly.
 */
export default function setup() {
  const missing = missingTools();
  if (missing.length > 0) throw new Error(missingToolsMessage(missing));
  const result = buildSite('sample');
  writeFileSync(SAMPLE_BUILD_OUTPUT, result.output);
  if (result.status !== 0) {
    throw new Error(`The sample site did not build (exit ${result.status}):\n${result.output.slice(-4000)}`);
  }
}
