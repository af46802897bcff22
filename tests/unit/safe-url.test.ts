import { describe, expect, it } from 'vitest';
import { isSafeUrl, leavesFolder, urlScheme } from '../../src/lib/safe-url';

describe('isSafeUrl', () => {
  it.each([
    'https://www.gov.cn/',
    'http://example.org/a?b=1',
    'mailto:wmsj@example.org',
    'tel:0530-0000000',
    '/stories/chongyang-jinghao/',
    '#event-title',
    './cover.jpg',
    '//example.org/',
  ])('lets %j through', (url) => {
    expect(isSafeUrl(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\u0000script:alert(1)',
    '\u0001javascript:alert(1)',
    'jav&#x61;script:alert(1)',
    'jav&#97;script:alert(1)',
    '&#106;avascript:alert(1)',
    'javascript&colon;alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:image/svg+xml;base64,PHN2Zz4=',
    'file:///etc/passwd',
  ])('refuses %j', (url) => {
    expect(isSafeUrl(url)).toBe(false);
  });

  it('reads the scheme as a browser would', () => {
    expect(urlScheme('  HTTPS://x')).toBe('https');
    expect(urlScheme('/stories/')).toBeUndefined();
  });
});

describe('leavesFolder', () => {
  it('finds a path that climbs out, however it is written', () => {
    expect(leavesFolder('../../../etc/passwd')).toBe(true);
    expect(leavesFolder('./photos/../../secret.jpg')).toBe(true);
    expect(leavesFolder('./%2e%2e/secret.jpg')).toBe(true);
    expect(leavesFolder('..\\secret.jpg')).toBe(true);
  });
  it('lets a photo beside the entry or in a folder of it through', () => {
    expect(leavesFolder('./cover.jpg')).toBe(false);
    expect(leavesFolder('./logos/qingnian.png')).toBe(false);
    expect(leavesFolder('./a..b.jpg')).toBe(false);
  });
});
