import { describe, expect, it } from 'vitest';
import { modeStylesheetFile, modeSwitch, modesOn, switchHref, unconditional } from '../../src/lib/reader-modes.ts';

const at = (path: string) => new URL(path, 'https://zhiyuan.example.gov.cn');

describe('长辈版 and 高对比度 switched by a link', () => {
  it('sets the mode’s cookie for a year and sends the reader back to the page', () => {
    expect(modeSwitch(at(switchHref('elder', true, '/stories/lunyi-weixiu/')))).toEqual({
      setCookie: 'xinfeng_elder=on; Path=/; Max-Age=31536000; SameSite=Lax',
      location: '/stories/lunyi-weixiu/',
    });
    expect(modeSwitch(at(switchHref('contrast', false, '/')))).toEqual({
      setCookie: 'xinfeng_contrast=; Path=/; Max-Age=0; SameSite=Lax',
      location: '/',
    });
  });

  it('never sends the reader to another site, whatever the link says', () => {
    for (const back of [
      '//evil.example/',
      'https://evil.example/',
      '/\\evil.example',
      'javascript:alert(1)',
      '',
      'x',
    ]) {
      expect(modeSwitch(at(`/mode/elder-on?back=${back}`))?.location, back).toBe('/');
    }
    expect(modeSwitch(at('/mode/elder-on'))?.location).toBe('/');
    // Encoded, a path stays a path: sent on as written, as nginx does.
    expect(modeSwitch(at('/mode/elder-on?back=/%2F/evil.example'))?.location).toBe('/%2F/evil.example');
  });

  it('answers only its own addresses', () => {
    for (const path of ['/mode/elder', '/mode/bigger-on', '/mode/elder-on/', '/stories/', '/modes/reader.css']) {
      expect(modeSwitch(at(path)), path).toBeUndefined();
    }
  });

  it('picks the stylesheet of a page without JavaScript from the cookies', () => {
    expect(modeStylesheetFile(modesOn(undefined))).toBe('none');
    expect(modeStylesheetFile(modesOn('a=1; xinfeng_elder=on'))).toBe('elder');
    expect(modeStylesheetFile(modesOn('xinfeng_contrast=on'))).toBe('contrast');
    expect(modeStylesheetFile(modesOn('xinfeng_contrast=on; xinfeng_elder=on'))).toBe('elder-contrast');
    expect(modeStylesheetFile(modesOn('xinfeng_elder=; xinfeng_contrast=yes'))).toBe('none');
  });

  it('gives a page without JavaScript the same rules, unconditional and as weighty', () => {
    const css = "/* why */\nhtml[data-elder] .card { x: 1 }\nhtml[data-contrast='high'] a { y: 2 }";
    expect(unconditional(css)).toBe('\nhtml:root .card { x: 1 }\nhtml:root a { y: 2 }');
  });
});
