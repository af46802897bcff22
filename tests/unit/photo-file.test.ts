/** A photo from a phone, with its camera, its photographer and where it was taken: none of it leaves with the file. */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { photoFile } from '../../src/lib/photo-file';
import { phonePhoto } from '../support/phone-photo';

describe('photoFile', () => {
  it('keeps no EXIF, GPS, camera or author, and turns the picture upright', async () => {
    const original = await sharp(await phonePhoto(400, 200, '#c33')).metadata();
    expect(original.exif?.includes(Buffer.from('ProbePhone'))).toBe(true);
    expect(original.orientation).toBe(6);
    const clean = await sharp(await photoFile(await phonePhoto(400, 200, '#c33'))).metadata();
    expect(clean.exif).toBeUndefined();
    expect(clean.xmp).toBeUndefined();
    expect(clean.iptc).toBeUndefined();
    expect(clean.orientation).toBeUndefined();
    // The pixels themselves are turned: 200 wide, 400 high.
    expect([clean.width, clean.height]).toEqual([200, 400]);
  });

  it('writes the credit as the file’s copyright line, and nothing else', async () => {
    const clean = await sharp(
      await photoFile(await phonePhoto(400, 200, '#c33'), { credit: '摄影：县文明实践中心 & <新华>' }),
    ).metadata();
    expect(clean.exif).toBeUndefined();
    expect(clean.xmpAsString).toContain(
      '<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">摄影：县文明实践中心 &amp; &lt;新华&gt;</rdf:li>',
    );
    expect(clean.xmpAsString).not.toContain('王小明');
  });

  it('narrows a large photo to the width asked for', async () => {
    const clean = await sharp(await photoFile(await phonePhoto(400, 200, '#c33'), { maxWidth: 100 })).metadata();
    expect([clean.width, clean.height]).toEqual([100, 200]);
  });
});
