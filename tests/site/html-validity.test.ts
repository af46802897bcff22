/** Every built page is valid HTML by the Nu HTML Checker (vnu-jar, on the machine's Java). */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { SAMPLE_SITE } from '../support/site-build';

it('has zero errors in the Nu HTML Checker', () => {
  const vnu = spawnSync(
    'java',
    [
      '-jar',
      // The jar itself, on the machine's Java: the package's own runner would download a Java of its own.
      fileURLToPath(import.meta.resolve('vnu-jar/build/dist/vnu.jar')),
      '--errors-only',
      '--skip-non-html',
      // The attributes WeChat's and older iOS browsers need to play a film inside the page (the film
      // issue): not in the HTML standard, and the only errors let through.
      '--filterpattern',
      '.*Attribute “(webkit-playsinline|x5-playsinline|x5-video-player-type)” not allowed on element “video”.*',
      SAMPLE_SITE,
    ],
    { encoding: 'utf-8' },
  );
  expect(vnu.error).toBeUndefined();
  expect(vnu.stderr + vnu.stdout).toBe('');
  expect(vnu.status).toBe(0);
}, 120_000);
