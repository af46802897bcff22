import { describe, expect, it } from 'vitest';
import { pageFile } from '../../src/lib/urls';

describe('the file a page is written to', () => {
  it('is index.html in the page’s folder, or the endpoint’s own name', () => {
    expect(pageFile('/')).toBe('index.html');
    expect(pageFile('/stories/mudan-huake/')).toBe('stories/mudan-huake/index.html');
    expect(pageFile('/teams/qingnian/rss.xml')).toBe('teams/qingnian/rss.xml');
    expect(pageFile('/stories/%E7%89%A1%E4%B8%B9/')).toBe('stories/牡丹/index.html');
  });
});
