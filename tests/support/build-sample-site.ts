import { buildSite } from './site-build';

/** Vitest global setup: build the sample site once; a failed build fails the whole run, loudly. */
export default function setup() {
  const result = buildSite('sample');
  if (result.status !== 0) {
    throw new Error(`The sample site did not build (exit ${result.status}):\n${result.output.slice(-4000)}`);
  }
}
